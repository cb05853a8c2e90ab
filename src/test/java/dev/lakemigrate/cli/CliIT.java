package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on embedded Spark + Delta: plan, apply, re-plan in sync, drift found
 * by --fail-on-drift, history, pull, and the pulled files in sync with the live tables.
 */
class CliIT {
  private static final String SCHEMA = "cli_it_" + Long.toHexString(System.nanoTime());

  @TempDir static Path dir;
  private static SparkSession spark;

  private record Run(int exitCode, String stdout, String stderr) {}

  @BeforeAll
  static void startSpark() throws IOException {
    spark = SparkTestSession.spark();
    spark.sql("CREATE SCHEMA IF NOT EXISTS spark_catalog." + SCHEMA);
    Files.createDirectories(dir.resolve("schema"));
    // Delta 3.3 (the spark35 profile) has no identity columns in SQL: there the seed's id is a plain key.
    String users = spark.version().startsWith("3.")
        ? SeedFiles.USERS.replaceAll("(?m)^\\s*generated: ALWAYS AS IDENTITY\\n", "")
        : SeedFiles.USERS;
    assertThat(users).contains("name: id").doesNotContain(spark.version().startsWith("3.") ? "IDENTITY" : "no such text");
    Files.writeString(dir.resolve("schema/users.yaml"), users);
  }

  private static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--catalog", "spark_catalog", "--schema", SCHEMA));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), dir, settings -> SparkBackend.over(spark)).run(all.toArray(String[]::new));
    return new Run(outcome.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void planApplyDriftHistoryPull() throws IOException {
    assertThat(run("plan", "--local", "--schema-dir", "schema", "--detailed-exitcode").exitCode())
        .as("a new table is pending").isEqualTo(2);

    Run reviewed = run("plan", "--local", "--schema-dir", "schema", "--out", "reviewed.json");
    assertThat(reviewed.exitCode()).as(reviewed.stderr()).isZero();
    assertThat(Files.readString(dir.resolve("reviewed.json"))).contains("\"fingerprint\"");

    Run apply = run("apply", "--local", "--schema-dir", "schema", "--plan", "reviewed.json");
    assertThat(apply.exitCode()).as(apply.stderr()).isZero();
    assertThat(apply.stdout()).contains("Applying reviewed plan " + dir.resolve("reviewed.json"));

    Run again = run("apply", "--local", "--schema-dir", "schema");
    assertThat(again.exitCode()).isZero();
    assertThat(again.stdout()).contains("in sync");
    assertThat(run("plan", "--local", "--schema-dir", "schema", "--detailed-exitcode", "--fail-on-drift").exitCode())
        .isZero();

    spark.sql("ALTER TABLE spark_catalog." + SCHEMA + ".users ADD COLUMNS (hand_added STRING)");
    Run drift = run("plan", "--local", "--schema-dir", "schema", "--fail-on-drift");
    assertThat(drift.exitCode()).isEqualTo(1);
    assertThat(drift.stderr()).startsWith("Cannot confirm the tables match their declarations: 1 table drifted")
        .contains("spark_catalog." + SCHEMA + ".users: ").contains("hand_added");

    Run history = run("history", "--local", "--format", "json");
    assertThat(history.exitCode()).isZero();
    assertThat(history.stdout()).contains("users");

    Run pull = run("pull", "--local", "--schema-dir", "pulled");
    assertThat(pull.exitCode()).as(pull.stderr()).isZero();
    assertThat(dir.resolve("pulled/users.yaml")).exists();
    assertThat(Files.readString(dir.resolve("pulled/users.yaml"))).contains("hand_added");
    assertThat(run("plan", "--local", "--schema-dir", "pulled", "--detailed-exitcode").exitCode())
        .as("the pulled declarations match the live tables").isZero();
  }
}
