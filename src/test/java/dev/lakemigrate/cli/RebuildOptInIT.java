package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.reliability.AuditLog;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-table rebuild opt-in through the command line on embedded Spark + Delta: without it a
 * partitioning change is refused and the fix names both ways to allow it; {@code --allow-rebuild}
 * makes the plan a guarded rebuild; {@code allow_rebuild: true} in the declaration applies it, with
 * every row kept.
 */
class RebuildOptInIT {
  private static final String SCHEMA = "rebuild_opt_in_" + Long.toHexString(System.nanoTime());
  private static final String TABLE = "spark_catalog." + SCHEMA + ".orders";
  private static final String DECLARATION = """
      table: orders
      %s
      columns:
        - {name: id, type: BIGINT}
        - {name: region, type: STRING}
        - {name: day, type: DATE}
      partitioned_by: [region]
      """;

  @TempDir static Path dir;
  private static SparkSession spark;

  private record Run(int exitCode, String stdout, String stderr) {}

  @BeforeAll
  static void createPartitionedTableWithRows() {
    spark = SparkTestSession.spark();
    spark.sql("CREATE SCHEMA IF NOT EXISTS spark_catalog." + SCHEMA);
    spark.sql("CREATE TABLE " + TABLE + " (id BIGINT, region STRING, day DATE) USING DELTA PARTITIONED BY (day)");
    spark.sql("INSERT INTO " + TABLE + " SELECT id, CASE WHEN id % 3 = 0 THEN NULL ELSE concat('r', id % 5) END,"
        + " date_add(DATE'2026-01-01', CAST(id % 7 AS INT)) FROM range(0, 500)");
  }

  private static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--local", "--schema-dir", "schema", "--catalog", "spark_catalog", "--schema", SCHEMA));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, settings -> SparkBackend.over(spark))
        .run(all.toArray(String[]::new));
    return new Run(outcome.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void declare(String allowRebuild) throws IOException {
    Files.createDirectories(dir.resolve("schema"));
    Files.writeString(dir.resolve("schema/orders.yaml"), DECLARATION.formatted(allowRebuild));
  }

  /** Row count and an order-free checksum over every column. */
  private static Row content(String table) {
    return spark.sql("SELECT count(*), sum(hash(id, region, day)) FROM " + table).first();
  }

  private static List<String> partitionColumns() {
    Row detail = spark.sql("DESCRIBE DETAIL " + TABLE).first();
    return detail.getList(detail.fieldIndex("partitionColumns"));
  }

  @Test
  void refusedUntilAllowedThenRebuiltWithEveryRow() throws IOException {
    Row before = content(TABLE);
    declare("");
    Run refused = run("plan");
    assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(1);
    assertThat(refused.stdout() + refused.stderr()).contains("LM306")
        .contains("allow a guarded rebuild of orders: declare allow_rebuild: true in its file, or run with"
            + " --allow-rebuild orders");

    Run byOption = run("plan", "--allow-rebuild", "orders");
    assertThat(byOption.exitCode()).as(byOption.stderr()).isZero();
    assertThat(byOption.stdout()).contains("LM122").contains("RENAME TO").doesNotContain("LM306");

    declare("allow_rebuild: true");
    Run apply = AuditLog.optIn(() -> run("apply"));
    assertThat(apply.exitCode()).as(apply.stdout() + apply.stderr()).isZero();

    assertThat(partitionColumns()).containsExactly("region");
    assertThat(content(TABLE)).isEqualTo(before);
    String backup = spark.sql("SHOW TABLES IN spark_catalog." + SCHEMA + " LIKE '_lm_backup_orders_*'").first()
        .getString(1);
    assertThat(content("spark_catalog." + SCHEMA + "." + backup)).isEqualTo(before);
    Run again = run("plan", "--detailed-exitcode");
    assertThat(again.exitCode()).as("in sync after the rebuild: " + again.stdout()).isZero();
    assertThat(again.stdout()).contains(backup);
  }
}
