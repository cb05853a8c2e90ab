package dev.lakemigrate.apply;

import java.time.Instant;

/**
 * One row of the history ledger: one statement of one run. Written {@code PENDING} before the
 * statement runs and updated to {@code APPLIED} or {@code FAILED} after. Nullable: jobRunId,
 * reviewedPlan, table (run-level rows), error, endedAt, durationMs, versionBefore, versionAfter.
 */
public record HistoryEntry(
    String runId,
    String command,
    String target,
    String toolVersion,
    String user,
    String jobRunId,
    String declarationsChecksum,
    String reviewedPlan,
    String table,
    String changeCode,
    int statementIndex,
    String statement,
    Status status,
    String error,
    Instant startedAt,
    Instant endedAt,
    Long durationMs,
    Long versionBefore,
    Long versionAfter) {

  public enum Status { PENDING, APPLIED, FAILED, SKIPPED }
}
