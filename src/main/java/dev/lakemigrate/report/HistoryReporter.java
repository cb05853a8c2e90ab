package dev.lakemigrate.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders runs from the ledger: the run an {@code apply} just made, and the recent runs for the
 * {@code history} command ({@link RunResult#fromHistory} groups ledger rows by run). Text and JSON;
 * the JSON shape is documented in {@code docs/json-report.md}.
 */
public final class HistoryReporter {
  private static final int SQL_PREVIEW = 100;

  public String renderRun(RunResult run, Format format) {
    return format == Format.JSON ? ReportJson.write(new RunsJson(JsonPlanRenderer.FORMAT_VERSION, List.of(RunJson.of(run))))
        : runText(run);
  }

  public String renderHistory(List<RunResult> runs, Format format) {
    if (format == Format.JSON) {
      return ReportJson.write(new RunsJson(JsonPlanRenderer.FORMAT_VERSION, runs.stream().map(RunJson::of).toList()));
    }
    if (runs.isEmpty()) return "No runs recorded in the ledger yet.\n";
    List<String> parts = new ArrayList<>();
    for (RunResult run : runs) parts.add(runText(run));
    return String.join("\n", parts);
  }

  private static String runText(RunResult run) {
    StringBuilder out = new StringBuilder("Run ").append(run.runId());
    run.first().ifPresent(first -> {
      out.append(" (").append(first.command());
      if (first.target() != null) out.append(", target ").append(first.target());
      if (first.user() != null) out.append(", by ").append(first.user());
      if (first.startedAt() != null) out.append(", started ").append(first.startedAt());
      if (first.reviewedPlan() != null) out.append(", reviewed plan ").append(first.reviewedPlan());
      if (first.jobRunId() != null) out.append(", job run ").append(first.jobRunId());
      out.append(")");
    });
    out.append(": ").append(run.applied()).append(" applied, ").append(run.skipped()).append(" skipped, ")
        .append(run.failed()).append(" failed");
    if (run.pending() > 0) out.append(", ").append(run.pending()).append(" pending (interrupted)");
    out.append(" in ").append(run.totalDurationMs()).append(" ms\n");
    for (HistoryEntry e : run.statements()) out.append(statementText(e));
    return out.toString();
  }

  private static String statementText(HistoryEntry e) {
    StringBuilder out = new StringBuilder("  [").append(e.statementIndex()).append("] ")
        .append(String.format("%-8s", e.status().name())).append(e.table() == null ? "" : e.table());
    if (e.changeCode() != null) out.append("  ").append(e.changeCode());
    out.append("  ").append(PlanView.preview(e.statement(), SQL_PREVIEW));
    List<String> facts = new ArrayList<>();
    if (e.durationMs() != null && e.status() != HistoryEntry.Status.SKIPPED) facts.add(e.durationMs() + " ms");
    if (e.versionBefore() != null || e.versionAfter() != null) {
      facts.add("version " + version(e.versionBefore()) + " -> " + version(e.versionAfter()));
    }
    if (!facts.isEmpty()) out.append(" (").append(String.join(", ", facts)).append(")");
    out.append("\n");
    if (e.error() != null) {
      out.append("      ").append(e.status() == HistoryEntry.Status.SKIPPED ? "reason: " : "error: ")
          .append(PlanView.oneLine(e.error())).append("\n");
    }
    return out.toString();
  }

  private static String version(Long v) {
    return v == null ? "none" : v.toString();
  }


  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  record RunsJson(
      @JsonProperty("format_version") int formatVersion,
      @JsonProperty("runs") List<RunJson> runs) {}

  record RunJson(
      @JsonProperty("run_id") String runId,
      @JsonProperty("command") String command,
      @JsonProperty("target") String target,
      @JsonProperty("tool_version") String toolVersion,
      @JsonProperty("user") String user,
      @JsonProperty("job_run_id") String jobRunId,
      @JsonProperty("declarations_checksum") String declarationsChecksum,
      @JsonProperty("reviewed_plan") String reviewedPlan,
      @JsonProperty("applied") long applied,
      @JsonProperty("skipped") long skipped,
      @JsonProperty("failed") long failed,
      @JsonProperty("pending") long pending,
      @JsonProperty("duration_ms") long durationMs,
      @JsonProperty("statements") List<StatementJson> statements) {
    static RunJson of(RunResult r) {
      HistoryEntry f = r.first().orElse(null);
      return new RunJson(r.runId(), f == null ? null : f.command(), f == null ? null : f.target(),
          f == null ? null : f.toolVersion(), f == null ? null : f.user(), f == null ? null : f.jobRunId(),
          f == null ? null : f.declarationsChecksum(), f == null ? null : f.reviewedPlan(), r.applied(), r.skipped(),
          r.failed(), r.pending(), r.totalDurationMs(), r.statements().stream().map(StatementJson::of).toList());
    }
  }

  record StatementJson(
      @JsonProperty("index") int index,
      @JsonProperty("table") String table,
      @JsonProperty("change_codes") String changeCodes,
      @JsonProperty("sql") String sql,
      @JsonProperty("status") String status,
      @JsonProperty("error") String error,
      @JsonProperty("started_at") String startedAt,
      @JsonProperty("ended_at") String endedAt,
      @JsonProperty("duration_ms") Long durationMs,
      @JsonProperty("version_before") Long versionBefore,
      @JsonProperty("version_after") Long versionAfter) {
    static StatementJson of(HistoryEntry e) {
      return new StatementJson(e.statementIndex(), e.table(), e.changeCode(), e.statement(),
          PlanView.lower(e.status()), e.error(), time(e.startedAt()), time(e.endedAt()), e.durationMs(),
          e.versionBefore(), e.versionAfter());
    }
  }
}
