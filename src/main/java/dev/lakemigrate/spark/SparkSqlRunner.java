package dev.lakemigrate.spark;

import dev.lakemigrate.apply.SqlRunner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** {@link SqlRunner} over {@code SparkSession.sql}; rows come back as plain Java values ({@link SparkValues}). */
public final class SparkSqlRunner implements SqlRunner {
  private final SparkSession spark;

  public SparkSqlRunner(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /** Commands (DDL, INSERT, UPDATE, MERGE) run eagerly inside {@code sql}. */
  @Override
  public void execute(String sql) {
    spark.sql(sql);
  }

  @Override
  public List<Map<String, Object>> query(String sql) {
    List<Row> rows = spark.sql(sql).collectAsList();
    return rows.stream().map(SparkValues::toMap).toList();
  }
}
