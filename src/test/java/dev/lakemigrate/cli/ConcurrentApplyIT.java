package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.FaultySqlRunner;
import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.reliability.ReliabilityReport;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.SparkSqlRunner;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, part 2, in one JVM: 8 {@code lakemigrate apply} runs started together (threads, one
 * latch) against the same tables and ledger on real Delta — once with no wait (the default: losers
 * stop with LOCKED naming the holder's run), once waiting for the lock. Exactly one run executes the
 * statements, none runs twice (each waiter plans again under the lock and finds nothing left), the
 * ledger holds one run's rows, all APPLIED, and the tables converge.
 */
class ConcurrentApplyIT {
  private static final int RUNS = 8;
  private static final Pattern LOCKED = Pattern.compile(
      "Cannot take the apply lock on spark_catalog\\.\\S+\\._lakemigrate_lock: run [0-9a-f-]{36} holds it until ");

  @TempDir Path dir;

  private record Outcome(CliRunner.Run run, List<String> executed) {}

  private record Figures(int executing, int waitedAndFoundNothing, int locked) {}

  @Test
  void oneRunExecutesTheOthersWaitOrStopLocked() throws Exception {
    Figures noWait = race("0s");
    Figures waiting = race("600s");
    assertThat(waiting.locked()).as("with a wait, nobody stops LOCKED").isZero();
    ReliabilityReport.write("2-concurrency", "2. Concurrency", "ConcurrentApplyIT (threads), DeltaLockIT (lease expiry)", List.of(
        "| 8 applies started together, lock.wait | ran the statements | found nothing left under the lock | stopped with LOCKED naming the holder | statements run twice |",
        "|---|---|---|---|---|",
        "| 0s (default) | " + noWait.executing() + " | " + noWait.waitedAndFoundNothing() + " | " + noWait.locked() + " | 0 |",
        "| 600s | " + waiting.executing() + " | " + waiting.waitedAndFoundNothing() + " | " + waiting.locked() + " | 0 |",
        "",
        "Threads in one JVM over one Spark session, one ledger and one lock table; after each race the ledger holds one run's"
            + " rows, all APPLIED, and the re-plan is empty. A crashed holder's lease expiring is covered by"
            + " FailureAtEveryStepIT (every run after a crash waits out the dead run's lease) and DeltaLockIT.",
        "",
        "Separate processes: section 2b (CrossProcessApplyIT), the same races between two JVMs sharing one metastore."));
  }

  private Figures race(String wait) throws Exception {
    SparkSession spark = SparkTestSession.spark();
    String schema = SparkTestSession.freshSchema();
    spark.sql("CREATE TABLE spark_catalog." + schema + ".a (id BIGINT) USING DELTA");
    spark.sql("INSERT INTO spark_catalog." + schema + ".a SELECT id FROM range(1, 51)");
    Path work = Files.createTempDirectory(dir, "race");
    Files.createDirectories(work.resolve("schema"));
    Files.writeString(work.resolve("schema/a.yaml"),
        "table: a\ncomment: raced\ncolumns: [{name: id, type: BIGINT}]\n");
    Files.writeString(work.resolve("schema/n.yaml"), "table: n\ncolumns: [{name: id, type: BIGINT}]\n");
    CliRunner cli = new CliRunner(work, "--catalog", "spark_catalog", "--schema", schema, "--schema-dir", "schema", "--local",
        "--conf", "lakemigrate.lock.wait=" + wait);
    // The ledger and lock exist before the race: their creation is not what is raced.
    new AuditedBackend().lock(TableName.of("spark_catalog", schema, "_lakemigrate_lock")).acquire("setup", java.time.Duration.ofSeconds(1),
        java.time.Duration.ZERO).close();
    new DeltaHistoryStore(new SparkSqlRunner(spark), TableName.of("spark_catalog", schema, DeltaHistoryStore.DEFAULT_TABLE)).ensureExists();

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      futures.add(pool.submit((Callable<Outcome>) () -> {
        FaultySqlRunner runner = new FaultySqlRunner(new SparkSqlRunner(spark));
        start.await();
        return new Outcome(cli.run(new AuditedBackend(runner).factory(), "apply"), runner.executed());
      }));
    }
    start.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> f : futures) outcomes.add(f.get());
    pool.shutdown();

    int executing = 0;
    int nothing = 0;
    int locked = 0;
    Set<String> seen = new HashSet<>();
    for (Outcome o : outcomes) {
      for (String sql : o.executed()) assertThat(seen.add(sql)).as("ran twice: " + sql).isTrue();
      if (!o.executed().isEmpty()) {
        assertThat(o.run().exitCode()).withFailMessage("%s", o.run().all()).isZero();
        executing++;
      } else if (o.run().exitCode() == 0) {
        assertThat(o.run().stdout()).contains("Nothing to apply");
        nothing++;
      } else {
        assertThat(o.run().stderr()).withFailMessage("%s", o.run().all()).containsPattern(LOCKED);
        locked++;
      }
    }
    assertThat(executing).as("runs that executed statements").isEqualTo(1);
    List<HistoryEntry> ledger = new DeltaHistoryStore(new SparkSqlRunner(spark),
        TableName.of("spark_catalog", schema, DeltaHistoryStore.DEFAULT_TABLE)).recentRuns(RUNS);
    assertThat(ledger.stream().map(HistoryEntry::runId).distinct()).as("runs in the ledger").hasSize(1);
    assertThat(ledger).allMatch(r -> r.status() == HistoryEntry.Status.APPLIED).hasSize(seen.size());
    CliRunner.Run replan = cli.run(new AuditedBackend().factory(), "plan", "--detailed-exitcode");
    assertThat(replan.exitCode()).withFailMessage("%s", replan.all()).isZero();
    assertThat(spark.sql("SELECT id FROM spark_catalog." + schema + ".a").count()).isEqualTo(50);
    return new Figures(executing, nothing, locked);
  }
}
