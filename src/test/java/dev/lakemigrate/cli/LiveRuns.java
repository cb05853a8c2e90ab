package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the command line ({@link Cli}, exactly as {@code Main} does, settings and all) against one
 * fresh schema of the shared test session, and reads back what it did: Delta versions, row
 * checksums, the ledger. A backend wrapper lets a test inject engine failures.
 */
final class LiveRuns {
  record Run(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  static final Path SEED_DIR = Path.of("bundle/schema").toAbsolutePath();

  final SparkSession spark = SparkTestSession.spark();
  final String schema = SparkTestSession.freshSchema();
  private final Path dir;
  /** The output of the last in-sync check. */
  Run lastInSyncPlan;

  LiveRuns(Path dir) {
    this.dir = dir;
  }

  /** The seed's file, as the bundle ships it. */
  static String seed(String table) {
    try {
      return Files.readString(SEED_DIR.resolve(table + ".yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one declaration version (file name → YAML) into its own directory; returns its name. */
  String declare(String version, Map<String, String> files) {
    try {
      Path root = dir.resolve(version);
      Files.createDirectories(root);
      for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(root.resolve(f.getKey() + ".yaml"), f.getValue());
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Run run(String... args) {
    return run(UnaryOperator.identity(), args);
  }

  /** {@code lakemigrate <args> --local --catalog spark_catalog --schema <schema>} over a wrapped backend. */
  Run run(UnaryOperator<SqlRunner> wrapSql, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--local", "--catalog", "spark_catalog", "--schema", schema));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Backend backend = new WrappedBackend(SparkBackend.over(spark), wrapSql);
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, settings -> backend)
        .run(all.toArray(String[]::new));
    return new Run(outcome.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** apply, which must succeed, then a plan that must be empty. */
  Run applyInSync(String version, String... extra) {
    List<String> args = new ArrayList<>(List.of("apply", "--schema-dir", version));
    args.addAll(List.of(extra));
    Run apply = run(args.toArray(String[]::new));
    assertThat(apply.exitCode()).as("apply %s%n%s", version, apply).isZero();
    assertInSync(version);
    return apply;
  }

  Run assertInSync(String version) {
    Run plan = run("plan", "--schema-dir", version, "--detailed-exitcode");
    assertThat(plan.exitCode()).as("re-plan of %s is empty%n%s", version, plan).isZero();
    assertThat(plan.stdout()).contains("in sync");
    lastInSyncPlan = plan;
    return plan;
  }

  TableName table(String name) {
    return TableName.of("spark_catalog", schema, name);
  }

  void sql(String statement) {
    spark.sql(statement);
  }

  /** The table's latest Delta version. */
  long version(String table) {
    return spark.sql("DESCRIBE HISTORY " + table(table).toSql() + " LIMIT 1").collectAsList().get(0).getLong(0);
  }

  Map<String, Long> versions(String... tables) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : tables) out.put(t, version(t));
    return out;
  }

  /**
   * {@code rows} and, per label, {@code sum(hash(CAST(expression AS STRING)))}: a content checksum
   * that survives renames (the expression names the column as it is now) and widening (the text of
   * 5 is the same as INT and BIGINT).
   */
  Map<String, Object> checksum(String table, Map<String, String> columns) {
    StringBuilder select = new StringBuilder("SELECT count(*)");
    columns.values().forEach(e -> select.append(", sum(hash(CAST(").append(e).append(" AS STRING)))"));
    Row row = spark.sql(select.append(" FROM ").append(table(table).toSql()).toString()).collectAsList().get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rows", row.get(0));
    int i = 1;
    for (String label : columns.keySet()) out.put(label, row.get(i++));
    return out;
  }

  /** The ledger's rows of the most recent run, statements in order. */
  List<HistoryEntry> lastRun() {
    return DeltaHistoryStore.inSchema(SparkTestSession.runner(), "spark_catalog", schema).recentRuns(1);
  }

  /** The statements a {@code plan --format sql} output would run, in order (skipped and refused ones are comments). */
  static List<String> statementsOf(String sqlPlan) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sqlPlan.split("\n")) {
      if (line.startsWith("--") || (line.isBlank() && current.length() == 0)) continue;
      current.append(current.length() == 0 ? "" : "\n").append(line);
      if (line.endsWith(";")) {
        statements.add(current.substring(0, current.length() - 1));
        current.setLength(0);
      }
    }
    return statements;
  }

  static String quote(String identifier) {
    return Sql.quoteIdent(identifier);
  }

  /** A backend whose SQL port (the one the executor runs statements through) is wrapped. */
  private record WrappedBackend(Backend delegate, UnaryOperator<SqlRunner> wrap) implements Backend {
    @Override
    public SqlRunner sql() {
      return wrap.apply(delegate.sql());
    }

    @Override
    public dev.lakemigrate.introspect.MetadataSource metadata() {
      return delegate.metadata();
    }

    @Override
    public dev.lakemigrate.plan.Engine engine() {
      return delegate.engine();
    }

    @Override
    public dev.lakemigrate.apply.HistoryStore history(TableName table) {
      return delegate.history(table);
    }

    @Override
    public dev.lakemigrate.apply.Lock lock(TableName table) {
      return delegate.lock(table);
    }

    @Override
    public String currentUser() {
      return delegate.currentUser();
    }
  }
}
