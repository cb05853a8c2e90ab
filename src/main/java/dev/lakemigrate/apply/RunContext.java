package dev.lakemigrate.apply;

import java.util.Objects;

/**
 * Who runs what: the facts every ledger row of a run carries. Nullable: {@code jobRunId} (outside a
 * Databricks job run), {@code reviewedPlan} (the id of the reviewed plan applied, when there is one),
 * {@code declarationsChecksum} (when the run has no declarations, e.g. a reviewed plan).
 */
public record RunContext(
    String runId,
    String command,
    String target,
    String toolVersion,
    String user,
    String jobRunId,
    String declarationsChecksum,
    String reviewedPlan) {

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(command, "command");
  }

  public RunContext withReviewedPlan(String id) {
    return new RunContext(runId, command, target, toolVersion, user, jobRunId, declarationsChecksum, id);
  }
}
