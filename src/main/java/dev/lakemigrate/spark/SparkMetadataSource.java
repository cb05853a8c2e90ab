package dev.lakemigrate.spark;

import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.introspect.TablePropertiesParser;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.apache.spark.sql.catalog.Table;

/**
 * {@link MetadataSource} over the session's public APIs. Per table: {@code catalog().getTable} (comment,
 * kind), {@code table(t).schema().json()} (columns, comments, defaults, CHAR/VARCHAR),
 * {@code catalog().listColumns} (partition columns) and {@code SHOW TBLPROPERTIES} (properties, CHECK
 * constraints, {@code clusteringColumns}). All of these cost milliseconds once the table's Delta log
 * is cached. {@code DESCRIBE DETAIL} (a full state reconstruction, about a second per table cold) runs
 * only when the properties show the clustering feature without telling the columns.
 *
 * <p>Names are always three-part ({@code `catalog`.`schema`.`table`}), so the same code reads
 * {@code spark_catalog} and Unity Catalog.
 */
public final class SparkMetadataSource implements MetadataSource {
  private final SparkSession spark;
  private final boolean unityCatalog;

  /** A source over open-source Delta: keys and tags stay unknown. */
  public SparkMetadataSource(SparkSession spark) {
    this(spark, false);
  }

  /** @param unityCatalog the engine is Databricks ({@link EngineDetector}): read keys and tags from information_schema */
  public SparkMetadataSource(SparkSession spark, boolean unityCatalog) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.unityCatalog = unityCatalog;
  }

  @Override
  public List<String> listTables(String catalog, String schema) {
    String namespace = Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema);
    try {
      if (!spark.catalog().databaseExists(namespace)) return List.of();
      List<Table> tables = spark.catalog().listTables(namespace).collectAsList();
      return tables.stream()
          .filter(t -> !t.isTemporary() && !isView(t))
          .map(t -> t.name().toLowerCase(Locale.ROOT))
          .sorted()
          .toList();
    } catch (AnalysisException e) {
      if (isNotFound(e)) return List.of();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public Optional<RawTable> readTable(TableName name) {
    String sqlName = name.toSql();
    try {
      if (!spark.catalog().tableExists(sqlName)) return Optional.empty();
      Table table = spark.catalog().getTable(sqlName);
      if (isView(table)) return Optional.empty();
      String schemaJson = spark.table(sqlName).schema().json();
      List<String> partitions = spark.catalog().listColumns(sqlName).collectAsList().stream()
          .filter(Column::isPartition)
          .map(Column::name)
          .toList();
      Map<String, String> properties = properties(sqlName);
      Map<String, Object> detail = TablePropertiesParser.needsDetail(properties) ? detail(sqlName) : Map.of();
      return Optional.of(new RawTable(name, schemaJson, partitions, properties, table.description(), detail));
    } catch (AnalysisException e) {
      if (isNotFound(e)) return Optional.empty();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Six bulk queries on {@code <catalog>.information_schema} for the whole schema, then
   * {@code DESCRIBE TABLE EXTENDED} only for the tables that have a primary key (RELY is not in
   * information_schema). Empty when not on Databricks, or when the catalog has no information_schema
   * ({@code hive_metastore}).
   */
  @Override
  public Optional<UnityCatalogRows> readUnityCatalogFacts(String catalog, String schema) {
    if (!unityCatalog || UnityCatalogQueries.isLegacyCatalog(catalog)) return Optional.empty();
    UnityCatalogQueries q = new UnityCatalogQueries(catalog, schema);
    try {
      List<Map<String, Object>> constraints = query(q.tableConstraints());
      Map<String, List<Map<String, Object>>> describe = new LinkedHashMap<>();
      for (String table : UnityCatalogQueries.tablesWithPrimaryKey(constraints)) {
        describe.put(table, query("DESCRIBE TABLE EXTENDED " + TableName.of(catalog, schema, table).toSql()));
      }
      return Optional.of(new UnityCatalogRows(catalog, schema, constraints, query(q.keyColumnUsage()),
          query(q.referentialConstraints()), query(q.constraintColumnUsage()), query(q.tableTags()),
          query(q.columnTags()), describe));
    } catch (AnalysisException e) {
      if (isNotFound(e)) return Optional.empty();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A query's rows as plain Java values. */
  List<Map<String, Object>> query(String sql) throws AnalysisException {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Row row : spark.sql(sql).collectAsList()) out.add(SparkValues.toMap(row));
    return out;
  }

  private Map<String, String> properties(String sqlName) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Row row : spark.sql("SHOW TBLPROPERTIES " + sqlName).collectAsList()) {
      properties.put(row.getString(0), row.getString(1));
    }
    return properties;
  }

  private Map<String, Object> detail(String sqlName) {
    List<Row> rows = spark.sql("DESCRIBE DETAIL " + sqlName).collectAsList();
    return rows.isEmpty() ? Map.of() : SparkValues.toMap(rows.get(0));
  }

  /** VIEW, and on Unity Catalog also MATERIALIZED_VIEW: nothing lakemigrate migrates. */
  private static boolean isView(Table table) {
    return table.tableType() != null && table.tableType().toUpperCase(Locale.ROOT).contains("VIEW");
  }

  /** The table or schema went away between listing and reading (or never existed). */
  private static boolean isNotFound(AnalysisException e) {
    String condition = e.getErrorClass();
    return condition != null
        && (condition.startsWith("TABLE_OR_VIEW_NOT_FOUND") || condition.startsWith("SCHEMA_NOT_FOUND"));
  }
}
