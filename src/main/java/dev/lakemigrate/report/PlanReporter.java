package dev.lakemigrate.report;

import dev.lakemigrate.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a plan as text, JSON, a SQL script or Markdown, and shortens it for job output.
 *
 * <p>{@link #render} always gives the whole plan (for {@code --out} files and terminals).
 * {@link #renderForOutput} gives the whole plan while it fits the {@link OutputLimits}, and a summary
 * (per-table counts, the first statements, where the whole plan is) when it does not, so a job's
 * output stays far below Databricks' 20 MB limit.
 */
public final class PlanReporter {
  private final OutputLimits limits;

  public PlanReporter(OutputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public PlanReporter() {
    this(OutputLimits.DEFAULT);
  }

  public String render(Plan plan, Format format) {
    return switch (format) {
      case TEXT -> new TextPlanRenderer().render(plan);
      case SQL -> new SqlPlanRenderer().render(plan);
      case JSON -> new JsonPlanRenderer().render(plan);
      case MARKDOWN -> new MarkdownPlanRenderer().render(plan);
    };
  }

  /**
   * The plan for job output: whole when within the limits, otherwise summarised.
   *
   * @param wholePlanAt where the whole plan can be read (e.g. {@code the ledger main.ops._lakemigrate_history}
   *     or {@code /Volumes/ops/plans/plan.sql}), named in the summary
   */
  public String renderForOutput(Plan plan, Format format, String wholePlanAt) {
    String whole = render(plan, format);
    long bytes = whole.getBytes(StandardCharsets.UTF_8).length;
    int statements = plan.statements().size();
    if (statements <= limits.maxStatements() && bytes <= limits.maxBytes()) return whole;
    String reason = statements > limits.maxStatements()
        ? statements + " statements exceed the job-output limit of " + limits.maxStatements()
        : bytes + " bytes exceed the job-output limit of " + limits.maxBytes();
    PlanSummaryRenderer summary = new PlanSummaryRenderer();
    return format == Format.JSON
        ? summary.renderJson(plan, limits, reason, wholePlanAt)
        : summary.renderText(plan, limits, reason, wholePlanAt);
  }
}
