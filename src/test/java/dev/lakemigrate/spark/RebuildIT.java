package dev.lakemigrate.spark;

import dev.lakemigrate.reliability.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.BackupErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Codes;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.reliability.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guarded rebuild on real Delta: tightening, a NOT NULL column with backfill, a cast and
 * partitioning → liquid clustering in one rebuild, with every row intact; a copy that cannot be made
 * leaves the original untouched.
 */
class RebuildIT {
  private static final PlanOptions REBUILD_T = new PlanOptions(false, Set.of("t"), false);

  @Test
  void rebuildKeepsEveryRowAndTheOriginalAsBackup() {
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("t").toSql() + " (id BIGINT, code STRING, region STRING) USING DELTA"
        + " PARTITIONED BY (region)");
    h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (1, '7', 'eu'), (2, '42', 'us'), (3, NULL, 'eu')");
    Map<String, Object> before = checksum(h, "t", "CAST(code AS INT)");
    Table declared = Table.builder(h.table("t"))
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false))
        .column(Column.of("code", PrimitiveType.INT))
        .column(Column.of("region", PrimitiveType.STRING))
        .column(Column.of("flag", PrimitiveType.STRING).withNullable(false).withBackfill("'new'"))
        .clustering(Clustering.of(List.of("id")))
        .build();

    Plan refused = h.plan(List.of(declared), PlanOptions.DEFAULT);
    assertThat(refused.blocked()).isTrue();
    Plan plan = h.plan(List.of(declared), REBUILD_T);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.changes()).anySatisfy(c -> assertThat(c.classification().code()).isEqualTo(Codes.REBUILD_TABLE));
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("Rebuilds " + h.table("t")).contains("new table id"));

    // the rebuild is opted in through plan.rebuild-tables (REBUILD_T)
    AuditLog.optIn(() -> h.executor().apply(plan, h.context(), () -> h.plan(List.of(declared), REBUILD_T)));

    assertThat(h.plan(List.of(declared), REBUILD_T).inSync()).isTrue();
    assertThat(checksum(h, "t", "code")).isEqualTo(before);
    assertThat(h.sql.query("SELECT count(*) AS n FROM " + h.table("t").toSql() + " WHERE flag = 'new'"))
        .containsExactly(Map.of("n", 3L));
    String backup = h.sql.query("SHOW TABLES IN spark_catalog." + h.schema + " LIKE '_lm_backup_t_*'").get(0)
        .get("tableName").toString();
    assertThat(checksum(h, backup, "CAST(code AS INT)")).isEqualTo(before);
    assertThatThrownBy(() -> h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (NULL, 1, 'eu', 'x')"))
        .hasMessageContaining("NOT NULL");
    backupIsReportedThenDroppedOnlyWithTheOptIn(h, declared, backup, checksum(h, "t", "code"));
  }

  /** The next plan reports the backup and leaves it; with --allow-destructive it drops it and nothing else. */
  private static void backupIsReportedThenDroppedOnlyWithTheOptIn(MigrationHarness h, Table declared, String backup,
      Map<String, Object> rows) {
    TableName backupName = h.table(backup);
    Plan reported = h.plan(List.of(declared), PlanOptions.DEFAULT);
    assertThat(reported.blockers()).isEmpty();
    assertThat(reported.inSync()).isTrue();
    assertThat(reported.statements()).isEmpty();
    assertThat(reported.notes()).contains(BackupErrors.noteKept(backupName, h.table("t")));

    PlanOptions destructive = new PlanOptions(true, Set.of(), false);
    Plan drop = h.plan(List.of(declared), destructive);
    assertThat(drop.blockers()).isEmpty();
    assertThat(drop.changes()).singleElement()
        .satisfies(c -> assertThat(c.classification().code()).isEqualTo(Codes.DROP_BACKUP));
    assertThat(drop.statements()).extracting(PlannedStatement::sql).containsExactly("DROP TABLE " + backupName.toSql());
    AuditLog.optIn(() -> h.executor().apply(drop, h.context(), () -> h.plan(List.of(declared), destructive)));

    assertThat(h.sql.query("SHOW TABLES IN spark_catalog." + h.schema + " LIKE '_lm_backup_*'")).isEmpty();
    assertThat(h.plan(List.of(declared), destructive).inSync()).isTrue();
    assertThat(h.plan(List.of(declared), PlanOptions.DEFAULT).notes()).noneMatch(n -> n.contains("_lm_backup_"));
    assertThat(checksum(h, "t", "code")).isEqualTo(rows);
  }

  @Test
  void aCopyThatCannotBeMadeLeavesTheOriginalUntouched() {
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("t").toSql() + " (id BIGINT, code STRING) USING DELTA");
    h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (1, '7'), (2, 'x')");
    long version = h.version("t");
    Map<String, Object> rows = h.content("t");
    Table declared = Table.builder(h.table("t")).column(Column.of("id", PrimitiveType.BIGINT))
        .column(Column.of("code", PrimitiveType.INT)).build();
    Plan plan = h.plan(List.of(declared), REBUILD_T);
    assertThat(plan.blocked()).isFalse();

    // without the pre-flight cast count, the copy itself fails (or its verification does) before the swap
    assertThatThrownBy(() -> AuditLog.optIn(() -> h.executor().apply(plan, h.context(), () -> plan, false)))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLY_FAILED));
    assertThat(h.version("t")).isEqualTo(version);
    assertThat(h.content("t")).isEqualTo(rows);
    assertThat(h.live("t").column("code").orElseThrow().type()).isEqualTo(PrimitiveType.STRING);
    // with it, the run stops before any DDL
    assertThatThrownBy(() -> h.executor().apply(plan, h.context(), () -> plan))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PREFLIGHT_FAILED));
  }

  /** Row count and an order-free checksum over id, code (as given) and region. */
  private static Map<String, Object> checksum(MigrationHarness h, String table, String code) {
    String name = table.contains(".") ? table : "spark_catalog." + h.schema + ".`" + table + "`";
    return h.sql.query("SELECT count(*) AS n, sum(CAST(hash(id, " + code + ", region) AS BIGINT)) AS h FROM " + name).get(0);
  }
}
