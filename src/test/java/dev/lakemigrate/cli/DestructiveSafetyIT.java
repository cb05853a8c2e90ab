package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.reliability.AuditLog;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, part 5, focused: a plan that drops a column, or an unmanaged table, runs nothing without
 * {@code --allow-destructive} (the runner sees no statement, the data stays); with it, the drop runs
 * and the suite-wide audit ({@link AuditLog}) sees it as lakemigrate's, destructive and opted in.
 */
class DestructiveSafetyIT {
  @TempDir Path dir;

  @Test
  void dropsRunOnlyWithTheOptIn() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    String schema = SparkTestSession.freshSchema();
    String t = "spark_catalog." + schema + ".orders";
    spark.sql("CREATE TABLE " + t + " (id BIGINT, note STRING) USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name')");
    spark.sql("INSERT INTO " + t + " VALUES (1, 'keep me'), (2, 'and me')");
    spark.sql("CREATE TABLE spark_catalog." + schema + ".stray (x INT) USING DELTA");
    Files.createDirectories(dir.resolve("schema"));
    Files.writeString(dir.resolve("schema/orders.yaml"),
        "table: orders\ncolumns: [{name: id, type: BIGINT}]\ntable_properties: {delta.columnMapping.mode: name}\n");
    CliRunner cli = new CliRunner(dir, "--catalog", "spark_catalog", "--schema", schema, "--schema-dir", "schema", "--local");

    AuditedBackend refused = new AuditedBackend();
    CliRunner.Run run = cli.run(refused.factory(), "apply", "--conf", "lakemigrate.drop-unmanaged=true");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("LM201").contains("LM203").contains("--allow-destructive");
    assertThat(refused.statements().calls()).as("statements run without the opt-in").isZero();
    assertThat(spark.sql("SELECT note FROM " + t).count()).isEqualTo(2);
    assertThat(spark.catalog().tableExists("spark_catalog." + schema + ".stray")).isTrue();

    int before = AuditLog.statements().size();
    AuditedBackend allowed = new AuditedBackend();
    CliRunner.Run applied = AuditLog.optIn(() -> cli.run(allowed.factory(), "apply", "--allow-destructive"));
    assertThat(applied.exitCode()).withFailMessage("%s", applied.all()).isZero();
    assertThat(allowed.statements().executed()).anyMatch(sql -> sql.contains("DROP COLUMNS"));
    List<AuditLog.Statement> audited = AuditLog.statements().subList(before, AuditLog.statements().size());
    assertThat(audited).as("the audit saw the drop as lakemigrate's, destructive, opted in")
        .anyMatch(s -> s.fromLakemigrate() && s.optedIn() && AuditLog.destructive(s.sql()) && s.sql().contains("DROP COLUMNS"));
    assertThat(spark.sql("SELECT id FROM " + t).count()).as("rows survive a column drop").isEqualTo(2);
  }

  @Test
  void theClassifierKnowsDropsSwapsAndRewrites() {
    assertThat(List.of("DROP TABLE `c`.`s`.`t`", "ALTER TABLE `t` DROP COLUMNS (`a`)", "ALTER TABLE t DROP COLUMN a",
        "ALTER TABLE a RENAME TO b", "CREATE OR REPLACE TABLE t AS SELECT * FROM t", "REPLACE TABLE t (a INT)",
        "TRUNCATE TABLE t", "DELETE FROM t", "INSERT OVERWRITE t SELECT 1", "RESTORE TABLE t TO VERSION AS OF 1",
        "UPDATE t SET a = 1", "MERGE INTO t USING u ON 1=1 WHEN MATCHED THEN DELETE", "  drop   table x"))
        .allMatch(AuditLog::destructive);
    assertThat(List.of("ALTER TABLE t ADD COLUMNS (`DROP TABLE x` INT)", "COMMENT ON TABLE t IS 'DROP TABLE x'",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS c", "ALTER TABLE t ALTER COLUMN a DROP DEFAULT",
        "ALTER TABLE t ALTER COLUMN a DROP NOT NULL", "UPDATE `c`.`s`.`_lakemigrate_history` SET status = 'APPLIED'",
        "MERGE INTO `c`.`s`.`_lakemigrate_lock` t USING x ON 1=1 WHEN MATCHED THEN UPDATE SET *", "SELECT 1"))
        .noneMatch(AuditLog::destructive);
  }
}
