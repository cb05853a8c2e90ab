package dev.lakemigrate.spark;

import dev.lakemigrate.apply.SqlRunner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@link SqlRunner} over {@code SparkSession.sql}; rows come back as plain Java values
 * ({@link SparkValues}). Spark throws checked exceptions from Scala code (e.g.
 * {@code AnalysisException}) that Java callers cannot see in a signature; they are wrapped in
 * {@link SqlFailedException} so the core's {@code catch (RuntimeException)} sees every failure.
 */
public final class SparkSqlRunner implements SqlRunner {
  /**
   * Spark replaces {@code ${name}} anywhere in a statement's text, inside quoted names and literals
   * too, before parsing: a comment {@code '${spark.sql.warehouse.dir}'} would store the setting's
   * value, and {@code `a${x}`} would name another column. lakemigrate never uses substitution.
   */
  static final String VARIABLE_SUBSTITUTION = "spark.sql.variable.substitute";

  private final SparkSession spark;

  public SparkSqlRunner(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
    spark.conf().set(VARIABLE_SUBSTITUTION, "false");
  }

  /** Commands (DDL, INSERT, UPDATE, MERGE) run eagerly inside {@code sql}. */
  @Override
  public void execute(String sql) {
    try {
      spark.sql(sql);
    } catch (Exception e) {
      throw SqlFailedException.wrap(e);
    }
  }

  @Override
  public List<Map<String, Object>> query(String sql) {
    try {
      List<Row> rows = spark.sql(sql).collectAsList();
      return rows.stream().map(SparkValues::toMap).toList();
    } catch (Exception e) {
      throw SqlFailedException.wrap(e);
    }
  }

  /** An engine failure, unchecked, with the engine's own message; the original is the cause. */
  public static final class SqlFailedException extends RuntimeException {
    private SqlFailedException(Exception cause) {
      super(cause.getMessage(), cause);
    }

    static RuntimeException wrap(Exception e) {
      return e instanceof RuntimeException r ? r : new SqlFailedException(e);
    }
  }
}
