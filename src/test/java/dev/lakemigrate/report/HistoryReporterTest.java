package dev.lakemigrate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.InMemoryHistoryStore;
import dev.lakemigrate.apply.InMemoryLock;
import dev.lakemigrate.apply.RecordingSqlRunner;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.RunResult;
import dev.lakemigrate.apply.TickingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs are made by the real executor over the in-memory ports, then rendered. */
class HistoryReporterTest {
  private final TickingClock clock = new TickingClock(Instant.parse("2026-11-21T08:00:00Z"), Duration.ofMillis(7));
  private final InMemoryHistoryStore history = new InMemoryHistoryStore();
  private final HistoryReporter reporter = new HistoryReporter();

  @Test
  void rendersTheRunAnApplyJustMade() throws Exception {
    RunResult run = apply("run-1", new RecordingSqlRunner().withTable(SamplePlans.ORDERS, 4));
    Golden.assertMatches("history/run.txt", reporter.renderRun(run, Format.TEXT));
    String json = reporter.renderRun(run, Format.JSON);
    Golden.assertMatches("history/run.json", json);
    JsonNode only = new ObjectMapper().readTree(json).get("runs").get(0);
    assertThat(only.get("run_id").asText()).isEqualTo("run-1");
    assertThat(only.get("applied").asInt()).isEqualTo(6);
    assertThat(only.get("skipped").asInt()).isEqualTo(1);
    assertThat(only.get("duration_ms").asLong()).isEqualTo(42);
    assertThat(only.get("statements").get(0).get("version_before").isNull()).isTrue();
    assertThat(only.get("statements").get(0).get("version_after").asLong()).isZero();
  }

  @Test
  void rendersRecentRunsNewestFirstWithTheFailure() throws Exception {
    apply("run-1", new RecordingSqlRunner().withTable(SamplePlans.ORDERS, 4));
    RecordingSqlRunner failing = new RecordingSqlRunner().withTable(SamplePlans.ORDERS, 9).failOn(2, "[DELTA_CONSTRAINT_ALREADY_EXISTS] Constraint 'email_has_at' already exists.");
    assertThatThrownBy(() -> apply("run-2", failing)).hasMessageContaining("Cannot apply statement 2 of 7");
    List<RunResult> runs = RunResult.fromHistory(history.recentRuns(10));

    assertThat(runs).extracting(RunResult::runId).containsExactly("run-2", "run-1");
    String text = reporter.renderHistory(runs, Format.TEXT);
    assertThat(text).startsWith("Run run-2 (apply, target dev, by alice, started 2026-11-21T")
        .contains("1 applied, 0 skipped, 1 failed", "error: [DELTA_CONSTRAINT_ALREADY_EXISTS]", "\nRun run-1 (apply");
    Golden.assertMatches("history/recent.txt", text);
    String json = reporter.renderHistory(runs, Format.JSON);
    Golden.assertMatches("history/recent.json", json);
    JsonNode failed = new ObjectMapper().readTree(json).get("runs").get(0).get("statements").get(1);
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("error").asText()).startsWith("[DELTA_CONSTRAINT_ALREADY_EXISTS]");
  }

  @Test
  void aRunThatStoppedMidStatementShowsItsPendingRow() {
    HistoryEntry pending = new HistoryEntry("run-9", "apply", "prod", "0.1.0", "bob", "771", "sha256:d", null,
        "main.sales.orders", "LM101", 1, "ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`a` INT)",
        HistoryEntry.Status.PENDING, null, Instant.parse("2026-11-21T07:00:00Z"), null, null, 12L, null);
    assertThat(reporter.renderRun(new RunResult("run-9", List.of(pending)), Format.TEXT)).isEqualTo(
        "Run run-9 (apply, target prod, by bob, started 2026-11-21T07:00:00Z, job run 771): 0 applied, 0 skipped,"
            + " 0 failed, 1 pending (interrupted) in 0 ms\n"
            + "  [1] PENDING main.sales.orders  LM101  ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`a` INT)"
            + " (version 12 -> none)\n");
  }

  @Test
  void anEmptyLedgerSaysSo() {
    assertThat(reporter.renderHistory(List.of(), Format.TEXT)).isEqualTo("No runs recorded in the ledger yet.\n");
    assertThat(reporter.renderHistory(List.of(), Format.JSON)).isEqualTo("{\n  \"format_version\": 1,\n  \"runs\": []\n}\n");
  }

  private RunResult apply(String runId, RecordingSqlRunner runner) {
    Executor executor = new Executor(runner, history, new InMemoryLock(clock), Duration.ofMinutes(5), Duration.ZERO,
        line -> {}, clock);
    RunContext context = new RunContext(runId, "apply", "dev", "0.1.0", "alice", null, "sha256:decl", null);
    return executor.apply(SamplePlans.runnable(), context, SamplePlans::inSync);
  }
}
