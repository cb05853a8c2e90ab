package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.report.Format;
import dev.lakemigrate.report.OutputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {
  @TempDir Path dir;

  private Settings read(Map<String, String> env, String... args) {
    Invocation i = CommandLineParser.parse(args);
    return new SettingsReader(env, dir).read(i.command(), i.options());
  }

  private void conf(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf").resolve(file), text);
  }

  @Test
  void referenceConfHoldsEveryDefault() {
    Settings s = read(Map.of(), "plan");
    assertThat(s.target()).isEqualTo("dev");
    assertThat(s.catalog()).isEqualTo("main");
    assertThat(s.schema()).isEqualTo("default");
    assertThat(s.schemaDir()).isEqualTo("bundle/schema");
    assertThat(s.historyTable()).isEqualTo(TableName.of("main", "default", "_lakemigrate_history"));
    assertThat(s.lockTable()).isEqualTo(TableName.of("main", "default", "_lakemigrate_lock"));
    assertThat(s.lockLease()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.lockWait()).isEqualTo(Duration.ZERO);
    assertThat(s.introspectionParallelism()).isEqualTo(8);
    assertThat(s.dropUnmanaged()).isFalse();
    assertThat(s.allowDestructive()).isFalse();
    assertThat(s.format()).isEqualTo(Format.TEXT);
    assertThat(s.tables()).isEmpty();
    assertThat(s.preflight()).isTrue();
    assertThat(s.warehouse()).isEqualTo(dir.resolve("local/warehouse"));
    assertThat(s.master()).isEqualTo("local[2]");
    assertThat(s.metastoreUrl()).as("the embedded metastore").isNull();
    assertThat(s.output()).isEqualTo(new OutputLimits(200, 1_000_000L, 50));
    assertThat(s.historyRuns()).isEqualTo(10);
  }

  @Test
  void localDefaultsToTargetLocalAndTheSparkCatalog() {
    Settings s = read(Map.of(), "plan", "--local");
    assertThat(s.local()).isTrue();
    assertThat(s.target()).isEqualTo("local");
    assertThat(s.catalog()).isEqualTo("spark_catalog");
    assertThat(read(Map.of(), "plan", "--local", "--catalog", "other").catalog()).isEqualTo("other");
  }

  @Test
  void layersApplyInOrderReferenceApplicationTargetEnvConfOptions() throws IOException {
    conf("application.conf", "lakemigrate { catalog = app, schema = app, format = json, history.runs = 3 }");
    conf("dev.conf", "lakemigrate { schema = dev, format = sql, lock.wait = 2m }");
    Map<String, String> env = Map.of("LAKEMIGRATE_FORMAT", "markdown", "LAKEMIGRATE_LOCK_WAIT", "5m",
        "LAKEMIGRATE_INTROSPECTION_PARALLELISM", "3");
    Settings s = read(env, "plan", "--conf", "lakemigrate.lock.wait=7m", "--conf", "history.runs=4");
    assertThat(s.catalog()).as("application.conf").isEqualTo("app");
    assertThat(s.schema()).as("dev.conf over application.conf").isEqualTo("dev");
    assertThat(s.format()).as("env over dev.conf").isEqualTo(Format.MARKDOWN);
    assertThat(s.introspectionParallelism()).as("env").isEqualTo(3);
    assertThat(s.lockWait()).as("--conf over env").isEqualTo(Duration.ofMinutes(7));
    assertThat(s.historyRuns()).as("--conf without the lakemigrate. prefix").isEqualTo(4);
    Settings withOptions = read(env, "plan", "--format", "text", "--schema", "opt", "--conf", "schema=conf");
    assertThat(withOptions.format()).as("option over env").isEqualTo(Format.TEXT);
    assertThat(withOptions.schema()).as("option over --conf").isEqualTo("opt");
  }

  @Test
  void targetPicksItsFile() throws IOException {
    conf("prod.conf", "lakemigrate.lock.lease = 30m");
    assertThat(read(Map.of(), "plan", "--target", "prod").lockLease()).isEqualTo(Duration.ofMinutes(30));
    assertThatThrownBy(() -> read(Map.of(), "plan", "--target", "staging"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.problems()).containsExactly(
            "Cannot use target staging: " + dir.resolve("conf/staging.conf") + " does not exist. Create it, or pick"
                + " one of: prod."));
  }

  @Test
  void confDirComesFromTheOptionElseDotConf() throws IOException {
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/application.conf"), "lakemigrate.schema = there");
    conf("application.conf", "lakemigrate.schema = here");
    assertThat(read(Map.of(), "validate").schema()).isEqualTo("here");
    assertThat(read(Map.of(), "validate", "--conf-dir", "elsewhere").schema()).isEqualTo("there");
    assertThatThrownBy(() -> read(Map.of(), "validate", "--conf-dir", "missing"))
        .hasMessageContaining("Cannot read configuration directory missing: it does not exist.");
  }

  @Test
  void unknownKeysAreRefusedWithTheNearestValidKeyAllAtOnce() throws IOException {
    conf("application.conf", "lakemigrate {\n  catalog = x\n  lock.leese = 5m\n}\nother.tool = 1\n");
    Map<String, String> env = Map.of("LAKEMIGRATE_CATALOGUE", "y", "HOME", "/root");
    assertThatThrownBy(() -> read(env, "plan", "--conf", "lakemigrate.introspection.paralelism=2", "--conf", "nonsense"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION);
          assertThat(e.code().exitCode()).isEqualTo(64);
          assertThat(e.getMessage()).startsWith("Cannot resolve the configuration: 4 problems.");
          assertThat(e.problems()).containsExactly(
              "--conf lakemigrate.introspection.paralelism=2: Cannot use configuration key"
                  + " lakemigrate.introspection.paralelism: no such key. Did you mean"
                  + " lakemigrate.introspection.parallelism? (every key: reference.conf)",
              "Cannot use --conf nonsense: expected KEY=VALUE. Write it as --conf lakemigrate.lock.wait=1m.",
              "environment variable LAKEMIGRATE_CATALOGUE: Cannot use configuration key LAKEMIGRATE_CATALOGUE: no"
                  + " such key. Did you mean LAKEMIGRATE_CATALOG? (every key: reference.conf)",
              dir.resolve("conf/application.conf") + ":3: Cannot use configuration key lakemigrate.lock.leese: no"
                  + " such key. Did you mean lakemigrate.lock.lease? (every key: reference.conf)");
        });
  }

  @Test
  void badValuesNameTheirOriginAndKey() throws IOException {
    conf("dev.conf", "lakemigrate {\n  lock.lease = soon\n  format = yaml\n}\n");
    assertThatThrownBy(() -> read(Map.of(), "plan"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.problems()).containsExactly(
            "dev.conf:3: Cannot read configuration key lakemigrate.format: 'yaml' is not a format; use text,"
                .replace("dev.conf", dir.resolve("conf/dev.conf").toString())
                + " json, sql or markdown. Fix the value (its default and type: reference.conf).",
            dir.resolve("conf/dev.conf") + ":2: Cannot read configuration key lakemigrate.lock.lease: No number in"
                + " duration value 'soon'. Fix the value (its default and type: reference.conf)."));
  }

  @Test
  void aSharedMetastoreIsADerbyNetworkServerUrl() {
    String url = "jdbc:derby://localhost:1527/metastore_db;create=true";
    assertThat(read(Map.of(), "plan", "--local", "--conf", "local.metastore-url=" + url).metastoreUrl()).isEqualTo(url);
    assertThat(read(Map.of("LAKEMIGRATE_LOCAL_METASTORE_URL", " "), "plan", "--local").metastoreUrl()).isNull();
    assertThatThrownBy(() -> read(Map.of(), "plan", "--local", "--conf", "local.metastore-url=jdbc:derby:/tmp/m"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.problems()).containsExactly(
            "--conf local.metastore-url=jdbc:derby:/tmp/m: Cannot read configuration key lakemigrate.local.metastore-url:"
                + " 'jdbc:derby:/tmp/m' is not a Derby network server URL; write jdbc:derby://host:1527/metastore_db;create=true,"
                + " or leave it empty for the embedded metastore. Fix the value (its default and type: reference.conf)."));
  }

  @Test
  void tablesAllOrEmptyMeansEveryTable() {
    assertThat(read(Map.of(), "plan", "--tables", "all").tables()).isEmpty();
    assertThat(read(Map.of(), "plan", "--tables=").tables()).isEmpty();
    assertThat(read(Map.of(), "plan", "--tables", " Users, orders ").tables()).containsExactly("users", "orders");
    assertThat(read(Map.of("LAKEMIGRATE_TABLES", "a,b"), "plan").tables()).containsExactly("a", "b");
  }

  @Test
  void ledgerAndLockNamesMayBeQualified() {
    Settings s = read(Map.of(), "plan", "--conf", "history.table=ops.ledger", "--conf", "lock.table=c.s.l",
        "--catalog", "cat");
    assertThat(s.historyTable()).isEqualTo(TableName.of("cat", "ops", "ledger"));
    assertThat(s.lockTable()).isEqualTo(TableName.of("c", "s", "l"));
  }

  @Test
  void noPreflightAndSwitchesResolve() {
    Settings s = read(Map.of(), "apply", "--no-preflight", "--allow-destructive=true", "--job-run-id", "77");
    assertThat(s.preflight()).isFalse();
    assertThat(s.allowDestructive()).isTrue();
    assertThat(s.jobRunId()).isEqualTo("77");
    assertThat(s.planOptions().allowDestructive()).isTrue();
    Settings files = read(Map.of(), "apply", "--plan", "plans/p.json", "--out", "/abs/o.txt");
    assertThat(files.reviewedPlan()).as("relative to the working directory").isEqualTo(dir.resolve("plans/p.json"));
    assertThat(files.out()).isEqualTo(Path.of("/abs/o.txt"));
  }

  @Test
  void allowRebuildNamesTablesOrAllAndOverridesTheConfigurationKey() {
    assertThat(read(Map.of(), "apply").rebuildTables()).isEmpty();
    assertThat(read(Map.of(), "apply", "--allow-rebuild", " Orders, events ").rebuildTables())
        .containsExactlyInAnyOrder("orders", "events");
    assertThat(read(Map.of(), "apply", "--allow-rebuild", "all").rebuildTables()).containsExactly("*");
    assertThat(read(Map.of(), "apply", "--conf", "plan.rebuild-tables=a,b").rebuildTables())
        .containsExactlyInAnyOrder("a", "b");
    assertThat(read(Map.of(), "apply", "--conf", "plan.rebuild-tables=a", "--allow-rebuild", "c").rebuildTables())
        .as("the option is the most specific layer").containsExactly("c");
    assertThat(read(Map.of(), "apply", "--allow-rebuild", "c").planOptions().rebuildTables()).containsExactly("c");
  }

  @Test
  void warehouseWithoutLocalIsRefusedNotIgnored() {
    assertThatThrownBy(() -> read(Map.of(), "plan", "--warehouse", "/tmp/w"))
        .isInstanceOf(LakemigrateException.class)
        .hasMessage("Cannot parse the command line: --warehouse applies only to local mode; add --local, or remove"
            + " --warehouse. Run 'lakemigrate plan --help' for the options.");
    assertThat(read(Map.of(), "plan", "--local", "--warehouse", "/tmp/w").warehouse()).isEqualTo(Path.of("/tmp/w"));
  }
}
