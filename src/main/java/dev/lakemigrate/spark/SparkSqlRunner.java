package dev.lakemigrate.spark;

import dev.lakemigrate.apply.SqlRunner;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** STAND-IN: replaced by the real runner at merge. */
public final class SparkSqlRunner implements SqlRunner {
  public SparkSqlRunner(SparkSession spark) {}

  @Override
  public void execute(String sql) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public List<Map<String, Object>> query(String sql) {
    throw new UnsupportedOperationException("stand-in");
  }
}
