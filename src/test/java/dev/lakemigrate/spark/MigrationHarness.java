package dev.lakemigrate.spark;

import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.LiveFingerprint;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.Planner;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plan and apply against the shared embedded session in one fresh schema, the way the CLI wires the
 * stages (live read → diff → plan → Executor with the Delta ledger and lock), plus what data tests
 * compare: a table's Delta version, row count and an order-free content checksum.
 */
final class MigrationHarness {
  final String schema = SparkTestSession.freshSchema();
  final SqlRunner sql = SparkTestSession.runner();

  TableName table(String name) {
    return TableName.of("spark_catalog", schema, name);
  }

  List<Table> live() {
    return new LiveSchemaReader(new SparkMetadataSource(SparkTestSession.spark()), 2).read("spark_catalog", schema, n -> true);
  }

  Table live(String name) {
    return live().stream().filter(t -> t.name().name().equals(name)).findFirst().orElseThrow();
  }

  /** The live table as a declaration would state it: no properties (Delta's protocol keys move as features are added). */
  Table declared(String name) {
    Table t = live(name);
    return new Table(t.name(), t.comment(), t.columns(), t.primaryKey(), t.foreignKeys(), t.checks(), t.clustering(),
        t.partitionColumns(), Map.of(), java.util.Set.of(), Map.of(), java.util.Set.of());
  }

  /** Plans against the live schema, backups of guarded rebuilds included (as the CLI plans). */
  Plan plan(List<Table> declared, PlanOptions options) {
    LiveSchemaReader.Listing listing = new LiveSchemaReader(new SparkMetadataSource(SparkTestSession.spark()), 2)
        .readWithBackups("spark_catalog", List.of(schema), n -> true);
    return new Planner().plan(new Differ().diff(listing.tables(), declared, false, listing.backups()),
        EngineDetector.detect(SparkTestSession.spark()), options);
  }

  LiveFingerprint fingerprint(List<TableName> tables) {
    return LiveFingerprint.of(tables, live());
  }

  Executor executor() {
    return new Executor(sql, DeltaHistoryStore.inSchema(sql, "spark_catalog", schema),
        DeltaLock.inSchema(sql, "spark_catalog", schema), Duration.ofMinutes(5), Duration.ZERO, line -> {});
  }

  RunContext context() {
    return new RunContext(UUID.randomUUID().toString(), "apply", "test", "test", "tester", null, "sha256:test", null);
  }

  long version(String name) {
    return ((Number) sql.query("DESCRIBE HISTORY " + table(name).toSql() + " LIMIT 1").get(0).get("version")).longValue();
  }

  /** Row count and the sum of every row's hash: equal before and after when no row was lost or changed. */
  Map<String, Object> content(String name) {
    return sql.query("SELECT count(*) AS n, sum(CAST(hash(*) AS BIGINT)) AS h FROM " + table(name).toSql()).get(0);
  }

  void run(String statement) {
    sql.execute(statement);
  }
}
