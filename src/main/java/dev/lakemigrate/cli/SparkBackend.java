package dev.lakemigrate.cli;

import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.DeltaLock;
import dev.lakemigrate.spark.EngineDetector;
import dev.lakemigrate.spark.SparkMetadataSource;
import dev.lakemigrate.spark.SparkSessions;
import dev.lakemigrate.spark.SparkSqlRunner;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark edge of the command line. Only plan/apply/pull/history load this class, so validate
 * runs on a classpath without Spark. The session is the running one ({@code getOrCreate}) or, with
 * {@code --local}, an embedded one; nothing here stops it.
 */
final class SparkBackend implements Backend {
  private final SparkSession spark;
  private final SqlRunner sql;

  private SparkBackend(SparkSession spark) {
    this.spark = spark;
    this.sql = new SparkSqlRunner(spark);
  }

  static Backend start(Settings settings) {
    if (!settings.local()) return new SparkBackend(SparkSessions.cluster());
    return new SparkBackend(SparkSessions.local(settings.warehouse(), settings.master(), settings.metastoreUrl(), Map.of()));
  }

  /** A backend over a session someone else owns (integration tests share one). */
  static Backend over(SparkSession spark) {
    return new SparkBackend(spark);
  }

  @Override
  public SqlRunner sql() {
    return sql;
  }

  @Override
  public MetadataSource metadata() {
    return new SparkMetadataSource(spark, engine().isDatabricks());
  }

  @Override
  public Engine engine() {
    return EngineDetector.detect(spark);
  }

  @Override
  public HistoryStore history(TableName table) {
    return new DeltaHistoryStore(sql, table);
  }

  @Override
  public Lock lock(TableName table) {
    return new DeltaLock(sql, table);
  }

  @Override
  public String currentUser() {
    try {
      List<Map<String, Object>> rows = sql.query("SELECT current_user() AS user");
      Object user = rows.isEmpty() ? null : rows.get(0).get("user");
      if (user != null) return user.toString();
    } catch (RuntimeException e) {
      // fall through: an engine without current_user() still records the OS user
    }
    return System.getProperty("user.name", "unknown");
  }
}
