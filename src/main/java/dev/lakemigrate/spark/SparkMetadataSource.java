package dev.lakemigrate.spark;

import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** STAND-IN: replaced by the real source at merge. */
public final class SparkMetadataSource implements MetadataSource {
  public SparkMetadataSource(SparkSession spark) {}

  @Override
  public List<String> listTables(String catalog, String schema) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Optional<RawTable> readTable(TableName table) {
    throw new UnsupportedOperationException("stand-in");
  }
}
