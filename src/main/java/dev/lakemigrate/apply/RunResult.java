package dev.lakemigrate.apply;

import dev.lakemigrate.apply.HistoryEntry.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run did: its ledger rows, one per statement in execution order. The executor returns one
 * for the run it made; {@link #fromHistory} regroups ledger rows into runs for {@code history}.
 */
public record RunResult(String runId, List<HistoryEntry> statements) {
  public RunResult {
    Objects.requireNonNull(runId, "runId");
    statements = List.copyOf(statements);
  }

  public long applied() {
    return count(Status.APPLIED);
  }

  public long skipped() {
    return count(Status.SKIPPED);
  }

  public long failed() {
    return count(Status.FAILED);
  }

  public long pending() {
    return count(Status.PENDING);
  }

  /** Sum of the statements' durations, in milliseconds. */
  public long totalDurationMs() {
    return statements.stream().mapToLong(e -> e.durationMs() == null ? 0 : e.durationMs()).sum();
  }

  /** The first row, which carries the run's command, target, user, …; empty for a run with no statements. */
  public java.util.Optional<HistoryEntry> first() {
    return statements.stream().findFirst();
  }

  private long count(Status status) {
    return statements.stream().filter(e -> e.status() == status).count();
  }

  /** Groups ledger rows by run, keeping the order the rows came in (newest run first). */
  public static List<RunResult> fromHistory(List<HistoryEntry> rows) {
    Map<String, List<HistoryEntry>> byRun = new LinkedHashMap<>();
    for (HistoryEntry row : rows) byRun.computeIfAbsent(row.runId(), k -> new ArrayList<>()).add(row);
    return byRun.entrySet().stream().map(e -> new RunResult(e.getKey(), e.getValue())).toList();
  }
}
