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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.apache.spark.sql.catalog.Table;

/**
 * {@link MetadataSource} over the session's public APIs. Per table: {@code catalog().getTable} (comment,
 * kind; skipped for a table just listed), {@code table(t).schema().json()} (columns, comments, defaults, CHAR/VARCHAR),
 * {@code catalog().listColumns} (partition columns) and {@code SHOW TBLPROPERTIES} (properties, CHECK
 * constraints, {@code clusteringColumns}). All of these cost milliseconds once the table's Delta log
 * is cached. {@code DESCRIBE DETAIL} (a full state reconstruction, about a second per table cold) runs
 * only when the properties show the clustering feature without telling the columns.
 *
 * <p>Every catalog round trip goes through {@code beforeEachCall} (its kind, e.g. {@code getTable}), so a
 * caller can count them or add latency (the benchmark simulates a remote catalog this way). A missing
 * table or schema is told by the read's own not-found error, never by an extra existence check.
 * {@code listTables} already returns each table's comment: a table read after being listed takes it
 * from there (once) instead of a {@code getTable} of its own, so a listed table costs three reads.
 *
 * <p>Names are always three-part ({@code `catalog`.`schema`.`table`}), so the same code reads
 * {@code spark_catalog} and Unity Catalog.
 */
public final class SparkMetadataSource implements MetadataSource {
  private final SparkSession spark;
  private final boolean unityCatalog;
  private final Consumer<String> beforeEachCall;
  /** Comments of listed tables not read yet (empty: no comment). */
  private final Map<TableName, Optional<String>> listedComments = new ConcurrentHashMap<>();

  /** A source over open-source Delta: keys and tags stay unknown. */
  public SparkMetadataSource(SparkSession spark) {
    this(spark, false, call -> {});
  }

  /** @param unityCatalog the engine is Databricks ({@link EngineDetector}): read keys and tags from information_schema */
  public SparkMetadataSource(SparkSession spark, boolean unityCatalog) {
    this(spark, unityCatalog, call -> {});
  }

  /** A source that tells {@code beforeEachCall} the kind of every catalog round trip just before it. */
  public SparkMetadataSource(SparkSession spark, Consumer<String> beforeEachCall) {
    this(spark, false, beforeEachCall);
  }

  public SparkMetadataSource(SparkSession spark, boolean unityCatalog, Consumer<String> beforeEachCall) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.unityCatalog = unityCatalog;
    this.beforeEachCall = Objects.requireNonNull(beforeEachCall, "beforeEachCall");
  }

  @Override
  public List<String> listTables(String catalog, String schema) {
    String namespace = Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema);
    try {
      beforeEachCall.accept("listTables");
      List<Table> tables = spark.catalog().listTables(namespace).collectAsList().stream()
          .filter(t -> !t.isTemporary() && !isView(t))
          .toList();
      for (Table t : tables) {
        String name = t.name().toLowerCase(Locale.ROOT);
        listedComments.put(TableName.of(catalog, schema, name), Optional.ofNullable(t.description()));
      }
      return tables.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList();
    } catch (AnalysisException e) {
      if (isNotFound(e)) return List.of();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public Optional<RawTable> readTable(TableName name) {
    String sqlName = name.toSql();
    try {
      Optional<String> listed = listedComments.remove(name);
      String comment;
      if (listed != null) {
        comment = listed.orElse(null);
      } else {
        beforeEachCall.accept("getTable");
        Table table = spark.catalog().getTable(sqlName);
        if (isView(table)) return Optional.empty();
        comment = table.description();
      }
      beforeEachCall.accept("schema");
      String schemaJson = spark.table(sqlName).schema().json();
      beforeEachCall.accept("listColumns");
      List<String> partitions = spark.catalog().listColumns(sqlName).collectAsList().stream()
          .filter(Column::isPartition)
          .map(Column::name)
          .toList();
      Map<String, String> properties = properties(sqlName);
      Map<String, Object> detail = TablePropertiesParser.needsDetail(properties) ? detail(sqlName) : Map.of();
      return Optional.of(new RawTable(name, schemaJson, partitions, properties, comment, detail));
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
    beforeEachCall.accept("unityCatalogQuery");
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Row row : spark.sql(sql).collectAsList()) out.add(SparkValues.toMap(row));
    return out;
  }

  private Map<String, String> properties(String sqlName) {
    Map<String, String> properties = new LinkedHashMap<>();
    beforeEachCall.accept("showTblproperties");
    for (Row row : spark.sql("SHOW TBLPROPERTIES " + sqlName).collectAsList()) {
      properties.put(row.getString(0), row.getString(1));
    }
    return properties;
  }

  private Map<String, Object> detail(String sqlName) {
    beforeEachCall.accept("describeDetail");
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
