package dev.lakemigrate.cli;

import dev.lakemigrate.apply.FaultySqlRunner;
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
import dev.lakemigrate.spark.SparkSqlRunner;
import dev.lakemigrate.spark.SparkTestSession;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark backend of the command line with its plan statements going through a
 * {@link FaultySqlRunner} (recording, and failing or crashing where a test says), while the ledger
 * and the lock use the plain runner: a fault hits a migration statement, never the bookkeeping.
 */
final class AuditedBackend implements Backend {
  private final SparkSession spark = SparkTestSession.spark();
  private final SqlRunner plain = new SparkSqlRunner(spark);
  private final FaultySqlRunner statements;

  AuditedBackend(FaultySqlRunner statements) {
    this.statements = statements;
  }

  AuditedBackend() {
    this(new FaultySqlRunner(new SparkSqlRunner(SparkTestSession.spark())));
  }

  Function<Settings, Backend> factory() {
    return settings -> this;
  }

  FaultySqlRunner statements() {
    return statements;
  }

  @Override public SqlRunner sql() { return statements; }
  @Override public MetadataSource metadata() { return new SparkMetadataSource(spark); }
  @Override public Engine engine() { return EngineDetector.detect(spark); }
  @Override public HistoryStore history(TableName table) { return new DeltaHistoryStore(plain, table); }
  /** The Delta lock; after a simulated crash it is never released, as a dead driver cannot. */
  @Override public Lock lock(TableName table) {
    Lock lock = new DeltaLock(plain, table);
    return (runId, lease, wait) -> {
      Lock.Held held = lock.acquire(runId, lease, wait);
      return new Lock.Held() {
        @Override public void renew() { held.renew(); }
        @Override public void close() { if (statements.crashed() == null) held.close(); }
      };
    };
  }
  @Override public String currentUser() { return "reliability-test"; }
}
