package dev.lakemigrate.introspect;

import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The narrow port through which introspection reads the catalog. The Spark edge implements it with
 * public session APIs and hands back plain Java values; the pure readers in this package turn them
 * into the model. The benchmark wraps it to add latency and count calls.
 */
public interface MetadataSource {
  /** Table names in a schema (not views); empty if the schema does not exist. */
  List<String> listTables(String catalog, String schema);

  /**
   * Everything one cheap read of a table returns, or empty if the table does not exist:
   * {@code schemaJson} is Spark's {@code StructType.json()}; properties as SHOW TBLPROPERTIES lists them.
   */
  Optional<RawTable> readTable(TableName table);

  /**
   * The Unity Catalog facts of one schema (keys, tags) as raw rows, read with a few bulk queries, or
   * empty where the catalog has none (open-source Delta, {@code hive_metastore}): keys and tags then
   * stay unknown. {@link UnityCatalogParser} turns the rows into the model.
   */
  default Optional<UnityCatalogRows> readUnityCatalogFacts(String catalog, String schema) {
    return Optional.empty();
  }

  /** The raw facts of one table. {@code detail} holds DESCRIBE DETAIL's row when it was needed, else empty. */
  record RawTable(
      TableName name,
      String schemaJson,
      List<String> partitionColumns,
      Map<String, String> properties,
      String comment,
      Map<String, Object> detail) {}

  /**
   * The rows of {@code <catalog>.information_schema}'s {@code table_constraints},
   * {@code key_column_usage}, {@code referential_constraints}, {@code constraint_column_usage},
   * {@code table_tags} and {@code column_tags} for one schema (column name → plain value), and for each
   * table with a primary key the rows of {@code DESCRIBE TABLE EXTENDED} (information_schema has no
   * RELY), keyed by lower-case table name.
   */
  record UnityCatalogRows(
      String catalog,
      String schema,
      List<Map<String, Object>> tableConstraints,
      List<Map<String, Object>> keyColumnUsage,
      List<Map<String, Object>> referentialConstraints,
      List<Map<String, Object>> constraintColumnUsage,
      List<Map<String, Object>> tableTags,
      List<Map<String, Object>> columnTags,
      Map<String, List<Map<String, Object>>> describeExtended) {
    public UnityCatalogRows {
      tableConstraints = List.copyOf(tableConstraints);
      keyColumnUsage = List.copyOf(keyColumnUsage);
      referentialConstraints = List.copyOf(referentialConstraints);
      constraintColumnUsage = List.copyOf(constraintColumnUsage);
      tableTags = List.copyOf(tableTags);
      columnTags = List.copyOf(columnTags);
      describeExtended = Map.copyOf(describeExtended);
    }
  }
}
