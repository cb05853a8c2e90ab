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

  /** The raw facts of one table. {@code detail} holds DESCRIBE DETAIL's row when it was needed, else empty. */
  record RawTable(
      TableName name,
      String schemaJson,
      List<String> partitionColumns,
      Map<String, String> properties,
      String comment,
      Map<String, Object> detail) {}
}
