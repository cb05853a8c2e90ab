package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.cli.ProcessRuns.ProcessRun;
import dev.lakemigrate.reliability.ReliabilityReport;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, part 2, across processes: two {@link ApplyChild} JVMs share one Hive metastore through a
 * Derby network server ({@code lakemigrate.local.metastore-url}, the product's setting) and one
 * warehouse directory, so their ledger and lock are the same Delta tables and nothing but Delta's
 * optimistic commits keeps them apart. 8 applies (4 threads in each JVM) start together, once with
 * {@code lock.wait=0s} and once with 600 s; then a JVM dies holding the lock and the other proceeds
 * once the lease runs out. The ledger, the tables' Delta history and the rows are read by this JVM
 * from the files ({@code delta.`path`}), independently of the children.
 */
class CrossProcessApplyIT {
  private static final int THREADS = 4;
  private static final Pattern LOCKED = Pattern.compile(
      "Cannot take the apply lock on spark_catalog\\.\\w+\\._lakemigrate_lock: run ([0-9a-f-]{36}) holds it until ");

  @TempDir Path dir;
  private Path control;
  private WarehouseFiles files;
  private String metastoreUrl;

  private record Figures(String lockWait, String executedIn, int statements, int waited, int inSync, int locked,
      int lockedNamingExecutor, int contendedInOtherJvm) {}

  private record CrashFigures(int statements, int exitCode, long nextRunMillis, int nextRunStatements) {}

  /** Seconds per phase, for the report (the test's cost is mostly JVM and Spark start-up). */
  private final Map<String, Long> phases = new LinkedHashMap<>();
  private long phaseStart = System.nanoTime();

  private void phase(String name) {
    long now = System.nanoTime();
    phases.put(name, (now - phaseStart) / 1_000_000);
    phaseStart = now;
  }

  @Test
  void eightAppliesInTwoJvmsExecuteEachStatementOnce() throws Exception {
    long started = System.nanoTime();
    phaseStart = started;
    control = dir.resolve("control");
    files = new WarehouseFiles(dir.resolve("warehouse"));
    List<String> schemas = List.of("xp_nowait", "xp_wait", "xp_crash");
    try (DerbyServer derby = DerbyServer.start(dir.resolve("derby"))) {
      metastoreUrl = derby.url("metastore_db");
      try (ChildJvm a = ChildJvm.start("a", control, files.root(), metastoreUrl);
           ChildJvm b = ChildJvm.start("b", control, files.root(), metastoreUrl)) {
        a.awaitUp();
        b.awaitUp();
        phase("children up");
        a.call(setup(schemas));
        phase("setup");
        Map<String, WarehouseFiles.TableState> baseline = new LinkedHashMap<>();
        for (String s : schemas) baseline.putAll(files.states(s));
        phase("baseline");
        Figures noWait = race(a, b, "xp_nowait", "0s", baseline);
        phase("race 0s");
        Figures waiting = race(a, b, "xp_wait", "600s", baseline);
        phase("race 600s");
        assertThat(waiting.locked()).as("with a wait, nobody stops LOCKED").isZero();
        CrashFigures crash = crash(a, b, "xp_crash", baseline);
        phase("crash");
        for (String s : schemas) {
          ProcessRun replan = ProcessRuns.of("b", b.call(ProcessRuns.command(declarations(s), options(s), 1, "plan", "--detailed-exitcode"))).get(0);
          assertThat(replan.exitCode()).withFailMessage("%s", replan.all()).isZero();
        }
        phase("re-plans");
        System.out.println("CrossProcessApplyIT phases (ms): " + phases);
        report(List.of(noWait, waiting), crash, (System.nanoTime() - started) / 1_000_000_000, phases);
      }
    }
  }

  private Figures race(ChildJvm a, ChildJvm b, String schema, String wait, Map<String, WarehouseFiles.TableState> baseline) {
    Properties command = ProcessRuns.command(declarations(schema), options(schema, "lakemigrate.lock.wait=" + wait), THREADS, "apply");
    command.setProperty("warm", "true");
    command.setProperty("go", "go-" + schema);
    int na = a.send(command);
    int nb = b.send(command);
    a.awaitWaiting(na);
    b.awaitWaiting(nb);
    ControlFiles.write(control.resolve("go-" + schema), new Properties());
    List<ProcessRun> runs = new ArrayList<>(ProcessRuns.of(a.id(), a.result(na)));
    runs.addAll(ProcessRuns.of(b.id(), b.result(nb)));

    List<WarehouseFiles.LedgerRow> ledger = files.ledger(schema);
    assertThat(ledger.stream().map(WarehouseFiles.LedgerRow::runId).distinct()).as("runs in the ledger").hasSize(1);
    String executor = ledger.get(0).runId();
    Set<String> seen = new HashSet<>();
    String executedIn = null;
    int executing = 0, waited = 0, inSync = 0, locked = 0, namingExecutor = 0;
    List<ProcessRun> contenders = new ArrayList<>();
    for (ProcessRun r : runs) {
      for (String sql : r.executed()) assertThat(seen.add(sql)).as("ran twice: " + sql).isTrue();
      if (!r.executed().isEmpty()) {
        assertThat(r.exitCode()).withFailMessage("%s", r.all()).isZero();
        executing++;
        executedIn = r.process();
      } else if (r.exitCode() == 0 && r.stdout().contains("while this one waited for the lock")) {
        waited++;
        contenders.add(r);
      } else if (r.exitCode() == 0) {
        assertThat(r.stdout()).withFailMessage("%s", r.all()).contains("Nothing to apply");
        inSync++;
      } else {
        Matcher m = LOCKED.matcher(r.stderr());
        assertThat(m.find()).withFailMessage("%s", r.all()).isTrue();
        locked++;
        if (m.group(1).equals(executor)) namingExecutor++;
        contenders.add(r);
      }
    }
    assertThat(executing).as("runs that executed statements").isEqualTo(1);
    assertThat(ledger).allMatch(r -> r.status().equals("APPLIED"));
    assertThat(ledger.stream().map(WarehouseFiles.LedgerRow::statement)).containsExactlyInAnyOrderElementsOf(seen);
    files.assertCommitsMatchLedger(schema, ledger, baseline);
    files.assertRowsIntact(schema, baseline);
    String other = executedIn;
    int contendedInOther = (int) contenders.stream().filter(r -> !r.process().equals(other)).count();
    assertThat(contendedInOther).as("runs of the other JVM that met the lock (LOCKED, or waited and found nothing left)").isPositive();
    return new Figures(wait, executedIn, seen.size(), waited, inSync, locked, namingExecutor, contendedInOther);
  }

  /** JVM a dies right after its first statement, holding the lock with a 3 s lease; JVM b's apply then proceeds. */
  private CrashFigures crash(ChildJvm a, ChildJvm b, String schema, Map<String, WarehouseFiles.TableState> baseline)
      throws InterruptedException {
    Properties doomed = ProcessRuns.command(declarations(schema), options(schema, "lakemigrate.lock.lease=3s"), 1, "apply");
    doomed.setProperty("haltAfter", "1");
    a.send(doomed);
    int exit = a.awaitExit();
    assertThat(exit).as("a halted after statement 1").isEqualTo(ApplyChild.HALT_EXIT);
    List<WarehouseFiles.LedgerRow> before = files.ledger(schema);
    assertThat(before).as("the dead run's ledger").singleElement().matches(r -> r.status().equals("PENDING"));
    String dead = before.get(0).runId();
    assertThat(files.lockHolder(schema)).as("the lock still names the dead run").isEqualTo(dead);

    ProcessRun next = ProcessRuns.of(b.id(), b.call(ProcessRuns.command(declarations(schema),
        options(schema, "lakemigrate.lock.wait=120s"), 1, "apply"))).get(0);
    assertThat(next.exitCode()).withFailMessage("%s", next.all()).isZero();
    assertThat(next.executed()).as("the crashed statement is not run again").doesNotContain(before.get(0).statement()).isNotEmpty();
    List<WarehouseFiles.LedgerRow> after = files.ledger(schema);
    assertThat(after).filteredOn(r -> r.runId().equals(dead)).containsExactlyElementsOf(before);
    assertThat(after).filteredOn(r -> !r.runId().equals(dead)).allMatch(r -> r.status().equals("APPLIED"))
        .extracting(WarehouseFiles.LedgerRow::statement).containsExactlyInAnyOrderElementsOf(next.executed());
    files.assertCommitsMatchLedger(schema, after, baseline);
    files.assertRowsIntact(schema, baseline);
    return new CrashFigures(after.size(), exit, next.millis(), next.executed().size());
  }

  private Properties setup(List<String> schemas) {
    List<String> sql = new ArrayList<>();
    for (String s : schemas) {
      sql.add("CREATE SCHEMA spark_catalog." + s);
      sql.add("CREATE TABLE spark_catalog." + s + ".a (id BIGINT, v STRING) USING DELTA");
      sql.add("INSERT INTO spark_catalog." + s + ".a SELECT id, concat('row ', id) FROM range(1, 201)");
      sql.add("CREATE TABLE spark_catalog." + s + ".b (id BIGINT) USING DELTA");
      sql.add("INSERT INTO spark_catalog." + s + ".b SELECT id FROM range(1, 101)");
    }
    Properties p = new Properties();
    p.setProperty("action", "setup");
    ControlFiles.putList(p, "sql", sql);
    ControlFiles.putList(p, "ledgers", schemas); // their creation is not what is raced
    return p;
  }

  /** The declarations: a comment and a column on a, a column on b, a new table n. */
  private String declarations(String schema) {
    Path work = dir.resolve("work-" + schema);
    try {
      Files.createDirectories(work.resolve("schema"));
      Files.writeString(work.resolve("schema/a.yaml"), "table: a\ncomment: raced across processes\n"
          + "columns: [{name: id, type: BIGINT}, {name: v, type: STRING}, {name: note, type: STRING}]\n");
      Files.writeString(work.resolve("schema/b.yaml"), "table: b\ncolumns: [{name: id, type: BIGINT}, {name: flag, type: BOOLEAN}]\n");
      Files.writeString(work.resolve("schema/n.yaml"), "table: n\ncolumns: [{name: id, type: BIGINT}]\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return work.toString();
  }

  private List<String> options(String schema, String... confs) {
    List<String> options = new ArrayList<>(List.of("--local", "--warehouse", files.root().toString(), "--schema", schema,
        "--schema-dir", "schema", "--conf", "lakemigrate.local.metastore-url=" + metastoreUrl));
    for (String c : confs) options.addAll(List.of("--conf", c));
    return options;
  }

  private static void report(List<Figures> races, CrashFigures crash, long seconds, Map<String, Long> phases) {
    List<String> lines = new ArrayList<>(List.of(
        "| 8 applies started together (2 JVMs × 4 threads), lock.wait | ran the statements | waited, then found nothing left"
            + " | planned after it finished: in sync | stopped with LOCKED naming a holder (the executing run) | met the lock in the other JVM | statements run twice |",
        "|---|---|---|---|---|---|---|"));
    for (Figures f : races) {
      lines.add("| " + f.lockWait() + " | 1 (JVM " + f.executedIn() + ", " + f.statements() + " statements) | " + f.waited() + " | "
          + f.inSync() + " | " + f.locked() + " (" + f.lockedNamingExecutor() + ") | " + f.contendedInOtherJvm() + " | 0 |");
    }
    lines.addAll(List.of("",
        "Each JVM opens its local session on one Hive metastore served by a Derby network server (the product's"
            + " `lakemigrate.local.metastore-url`) over one warehouse directory: the ledger and the lock are the same Delta"
            + " tables for both, and only Delta's optimistic commits keep the processes apart. The 8 runs start at one"
            + " barrier (a file) once each JVM's session is up and has planned once. After each race, read by the test's own"
            + " JVM from the files: one run id in the ledger, all APPLIED, one row per statement executed; per table the new"
            + " Delta commits (DESCRIBE HISTORY) equal the ledger's rows; row counts and content checksums unchanged; the re-plan is empty.",
        "",
        "Crashed holder across processes: JVM a halted (Runtime.halt: no release, no shutdown hook) right after statement 1"
            + " under a 3 s lease; the lock row still named its run and its ledger row stayed PENDING. JVM b's apply"
            + " (lock.wait=120s) proceeded once the lease ran out (" + crash.nextRunMillis() + " ms), ran the other "
            + crash.nextRunStatements() + " statements and not the crashed one; " + crash.statements()
            + " ledger rows in all, one Delta commit each; the re-plan is empty.",
        "",
        "Run time of CrossProcessApplyIT: " + seconds + " s on Spark " + SparkTestSession.spark().version()
            + " (Derby server and child JVMs included; ms per phase: " + phases + "); exit code of the halted JVM "
            + crash.exitCode() + "."));
    ReliabilityReport.write("2b-concurrency-processes", "2b. Concurrency across separate processes", "CrossProcessApplyIT", lines);
  }
}
