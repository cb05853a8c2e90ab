package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.HistoryEntry.Status;
import dev.lakemigrate.apply.SqlRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What guards an apply, on embedded Spark + Delta through the command line: drift is reported (and
 * fails --fail-on-drift naming table and change), a refused plan touches no table, the ledger holds
 * one row per statement after a success and after an injected failure (and the next run converges),
 * and two applies started together never run a statement twice.
 */
class ApplyGuardsIT {
  private static final String ACCOUNTS = """
      table: accounts
      columns:
        - {name: id, type: BIGINT, nullable: false}
        - {name: name, type: STRING}
      table_properties:
        delta.columnMapping.mode: "name"
      """;
  private static final String EVENTS = """
      table: events
      columns:
        - {name: id, type: BIGINT}
        - {name: kind, type: STRING}
      """;
  /** Three statements on accounts: a property, a column, a CHECK. */
  private static final String ACCOUNTS_V1 = ACCOUNTS.replace("  - {name: name, type: STRING}\n",
      "  - {name: name, type: STRING}\n  - {name: email, type: STRING}\n")
      + "  owner.team: data\ncheck_constraints:\n  - {name: id_positive, expression: \"id > 0\"}\n";

  @TempDir Path dir;

  private LiveRuns created() {
    LiveRuns live = new LiveRuns(dir);
    live.applyInSync(live.declare("v0", Map.of("accounts", ACCOUNTS, "events", EVENTS)));
    live.sql("INSERT INTO " + live.table("accounts").toSql() + " VALUES (1, 'one'), (2, 'two')");
    return live;
  }

  @Test
  void driftIsReportedAndARefusedPlanTouchesNoTable() {
    LiveRuns live = created();
    live.sql("ALTER TABLE " + live.table("accounts").toSql() + " ADD COLUMNS (hand_added STRING)");
    String v1 = live.declare("v1", Map.of("accounts", ACCOUNTS, "events", EVENTS.replace(
        "  - {name: kind, type: STRING}\n", "  - {name: kind, type: STRING}\n  - {name: extra, type: STRING}\n")));

    LiveRuns.Run plan = live.run("plan", "--schema-dir", v1);
    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
    assertThat(plan.stdout()).containsPattern("DESTRUCTIVE +LM201 +Drop column hand_added of " + live.table("accounts"));
    LiveRuns.Run drift = live.run("plan", "--schema-dir", v1, "--fail-on-drift");
    assertThat(drift.exitCode()).isEqualTo(1);
    assertThat(drift.stderr()).startsWith("Cannot confirm the tables match their declarations: 2 tables drifted")
        .contains(live.table("accounts").toString()).contains("hand_added").contains("[LM201]");

    Map<String, Long> before = live.versions("accounts", "events");
    LiveRuns.Run apply = live.run("apply", "--schema-dir", v1);
    assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
    assertThat(apply.stderr()).contains("LM201").contains("hand_added");
    assertThat(live.versions("accounts", "events")).as("nothing ran").isEqualTo(before);
  }

  @Test
  void theLedgerHasOneRowPerStatementAfterASuccessAndAfterAFailureAndTheNextRunConverges() {
    LiveRuns live = created();
    List<HistoryEntry> creation = live.lastRun();
    assertThat(creation).extracting(HistoryEntry::status).containsOnly(Status.APPLIED);
    assertThat(creation).extracting(HistoryEntry::statement).anyMatch(s -> s.startsWith("CREATE TABLE"));
    assertIncreasingVersions(creation);

    String v1 = live.declare("v1", Map.of("accounts", ACCOUNTS_V1, "events", EVENTS));
    List<String> statements = LiveRuns.statementsOf(live.run("plan", "--schema-dir", v1, "--format", "sql").stdout());
    assertThat(statements).hasSizeGreaterThanOrEqualTo(3);

    LiveRuns.Run failed = live.run(sql -> new FailingRunner(sql, 2), "apply", "--schema-dir", v1);
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.stderr()).contains("Cannot apply statement 2 of " + statements.size() + " on " + live.table("accounts"));
    List<HistoryEntry> rows = live.lastRun();
    assertThat(rows).extracting(HistoryEntry::statementIndex).containsExactly(1, 2);
    assertThat(rows).extracting(HistoryEntry::statement).containsExactlyElementsOf(statements.subList(0, 2));
    assertThat(rows.get(0).status()).isEqualTo(Status.APPLIED);
    assertThat(rows.get(0).versionAfter()).isGreaterThan(rows.get(0).versionBefore());
    assertThat(rows.get(1).status()).isEqualTo(Status.FAILED);
    assertThat(rows.get(1).error()).contains("injected failure");

    live.applyInSync(v1);
    List<HistoryEntry> rerun = live.lastRun();
    assertThat(rerun).extracting(HistoryEntry::statement).containsExactlyElementsOf(statements.subList(1, statements.size()));
    assertThat(rerun).extracting(HistoryEntry::status).containsOnly(Status.APPLIED);
    assertIncreasingVersions(rerun);
  }

  /**
   * Both runs plan before they race for the lock; the loser waits for it (as in the dev and prod
   * targets). It must not then run the plan it made before the winner applied it.
   */
  @Test
  void twoAppliesStartedTogetherRunEachStatementOnce() throws Exception {
    LiveRuns live = created();
    String v1 = live.declare("v1", Map.of("accounts", ACCOUNTS_V1, "events", EVENTS));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try {
      Future<LiveRuns.Run> a = pool.submit(() -> {
        start.await();
        return live.run("apply", "--schema-dir", v1, "--conf", "lock.wait=3m");
      });
      Future<LiveRuns.Run> b = pool.submit(() -> {
        start.await();
        return live.run("apply", "--schema-dir", v1, "--conf", "lock.wait=3m");
      });
      List<LiveRuns.Run> runs = List.of(a.get(), b.get());
      assertThat(runs).as("one run applies").filteredOn(r -> r.exitCode() == 0 && r.stderr().contains("[1/")).hasSize(1);
      LiveRuns.Run other = runs.stream().filter(r -> !r.stderr().contains("[1/")).findFirst().orElseThrow();
      if (other.exitCode() != 0) {
        Matcher holder = Pattern.compile("Cannot take the apply lock on " + Pattern.quote(live.table("_lakemigrate_lock").toString())
            + ": run ([0-9a-f-]{36}) holds it until ").matcher(other.stderr());
        assertThat(holder.find()).as(other.toString()).isTrue();
        assertThat(live.lastRun().get(0).runId()).as("the holder named is the run that applied").isEqualTo(holder.group(1));
      } else {
        assertThat(other.stdout() + other.stderr()).as("the other found nothing left to do")
            .containsAnyOf("in sync", "re-planned under the lock, 0 statements to run");
      }
    } finally {
      pool.shutdownNow();
    }
    List<Row> statements = live.spark.sql("SELECT statement, count(*), collect_set(status) FROM "
        + live.table("_lakemigrate_history").toSql() + " GROUP BY statement HAVING count(*) > 1 OR NOT array_contains(collect_set(status), 'APPLIED')")
        .collectAsList();
    assertThat(statements).as("statements run twice or not applied").isEmpty();
    live.assertInSync(v1);
  }

  private static void assertIncreasingVersions(List<HistoryEntry> rows) {
    Long previous = null;
    for (HistoryEntry row : rows) {
      assertThat(row.versionAfter()).as("version after %s", row.statement()).isNotNull();
      if (row.versionBefore() != null) assertThat(row.versionAfter()).isGreaterThan(row.versionBefore());
      if (previous != null && row.versionBefore() != null && row.table().equals(rows.get(rows.indexOf(row) - 1).table())) {
        assertThat(row.versionBefore()).isGreaterThanOrEqualTo(previous);
      }
      previous = row.versionAfter();
    }
  }

  /** Fails the k-th statement the executor runs, before it reaches the engine. */
  private static final class FailingRunner implements SqlRunner {
    private final SqlRunner delegate;
    private final int failAt;
    private final AtomicInteger executed = new AtomicInteger();

    FailingRunner(SqlRunner delegate, int failAt) {
      this.delegate = delegate;
      this.failAt = failAt;
    }

    @Override
    public void execute(String sql) {
      if (executed.incrementAndGet() == failAt) throw new IllegalStateException("injected failure at statement " + failAt);
      delegate.execute(sql);
    }

    @Override
    public List<Map<String, Object>> query(String sql) {
      return delegate.query(sql);
    }
  }
}
