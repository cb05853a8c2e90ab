package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.HistoryEntry.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeltaHistoryStoreIT {
  private static final Instant T0 = Instant.parse("2026-11-21T08:00:00.123456Z");

  private static HistoryEntry pending(String run, int index, String statement, Instant started) {
    return new HistoryEntry(run, "apply", "dev", "0.1.0", "ana", null, "sha256:abc", null,
        "spark_catalog.s.orders", "ADD_COLUMN", index, statement, Status.PENDING, null, started,
        null, null, 3L, null);
  }

  /** The outcome as the executor reports it: without the version before, which the pending row holds. */
  private static HistoryEntry outcome(HistoryEntry e, Status status, String error, long ms, Long after) {
    return outcome(e, status, error, ms, null, after);
  }

  private static HistoryEntry outcome(HistoryEntry e, Status status, String error, long ms, Long before, Long after) {
    return new HistoryEntry(e.runId(), e.command(), e.target(), e.toolVersion(), e.user(), e.jobRunId(),
        e.declarationsChecksum(), e.reviewedPlan(), e.table(), e.changeCode(), e.statementIndex(), e.statement(),
        status, error, e.startedAt(), e.startedAt().plusMillis(ms), ms, before, after);
  }

  @Test
  void writesPendingThenOutcomeAndReadsRecentRunsNewestFirst() {
    String schema = SparkTestSession.freshSchema();
    DeltaHistoryStore store = DeltaHistoryStore.inSchema(SparkTestSession.runner(), "spark_catalog", schema);
    store.ensureExists();
    store.ensureExists();

    String tricky = "ALTER TABLE `o` ADD COLUMNS (`n` STRING COMMENT 'it\\'s\n\\ok')";
    HistoryEntry a0 = pending("run-a", 0, tricky, T0);
    HistoryEntry a1 = pending("run-a", 1, "ALTER TABLE o DROP COLUMN x", T0.plusSeconds(1));
    HistoryEntry b0 = pending("run-b", 0, "ALTER TABLE o SET TBLPROPERTIES ('k'='v')", T0.plusSeconds(60));
    store.recordPending(a0);
    store.recordPending(a1);
    store.recordOutcome(outcome(a0, Status.APPLIED, null, 120, 4L));
    store.recordOutcome(outcome(a1, Status.FAILED, "[DELTA_UNSUPPORTED_DROP_COLUMN] it's 'quoted'", 30, null));
    store.recordPending(b0);

    List<HistoryEntry> latest = store.recentRuns(1);
    assertThat(latest).containsExactly(b0);

    List<HistoryEntry> both = store.recentRuns(2);
    assertThat(both).containsExactly(b0,
        outcome(a0, Status.APPLIED, null, 120, 3L, 4L),
        outcome(a1, Status.FAILED, "[DELTA_UNSUPPORTED_DROP_COLUMN] it's 'quoted'", 30, 3L, null));
    assertThat(both.get(1).statement()).isEqualTo(tricky);
    assertThat(SparkTestSession.runner().query("SELECT count(*) AS n FROM spark_catalog." + schema
        + "._lakemigrate_history")).containsExactly(Map.of("n", 3L));
  }
}
