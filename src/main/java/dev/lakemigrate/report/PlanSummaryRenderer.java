package dev.lakemigrate.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.Risk;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan too long for job output, summarised: per-table counts, the first N statements (first line
 * of each), the first N blockers, and where the whole plan is. JSON for {@link dev.lakemigrate.report.Format#JSON},
 * text for every other format.
 */
final class PlanSummaryRenderer {
  private static final int SQL_PREVIEW = 160;

  String renderText(Plan plan, OutputLimits limits, String reason, String wholePlanAt) {
    PlanView view = new PlanView(plan);
    StringBuilder out = new StringBuilder("Plan for ").append(plan.engine().describe())
        .append(" (summarised: ").append(reason).append(")\n\nPer table:\n");
    for (TableJson t : tables(view)) {
      out.append("  ").append(t.table()).append(": ").append(PlanView.plural(t.changes(), "change"))
          .append(" (").append(t.safe()).append(" safe, ").append(t.destructive()).append(" destructive, ")
          .append(t.unsupported()).append(" unsupported), ").append(PlanView.plural(t.statements(), "statement"))
          .append("\n");
    }
    List<StatementJson> first = firstStatements(view, limits.firstStatements());
    out.append("\nFirst ").append(first.size()).append(" of ").append(plan.statements().size()).append(" statements:\n");
    for (StatementJson s : first) {
      out.append("  [").append(s.index()).append("] ").append(s.table()).append("  ")
          .append(s.skippedReason() == null ? "" : "skipped: ").append(s.sql()).append("\n");
    }
    List<String> blockers = firstOf(plan.blockers(), limits.firstStatements());
    if (!blockers.isEmpty()) {
      out.append("\nBlockers (").append(plan.blockers().size()).append("; the plan is refused):\n");
      blockers.forEach(b -> out.append("  - ").append(PlanView.oneLine(b)).append("\n"));
      if (blockers.size() < plan.blockers().size()) {
        out.append("  - … and ").append(plan.blockers().size() - blockers.size()).append(" more\n");
      }
    }
    out.append("\nThe whole plan is in ").append(wholePlanAt).append(".\n");
    return out.append("\n").append(view.summaryLine()).append("\n").toString();
  }

  String renderJson(Plan plan, OutputLimits limits, String reason, String wholePlanAt) {
    PlanView view = new PlanView(plan);
    return ReportJson.write(new SummaryJson(JsonPlanRenderer.FORMAT_VERSION, true, reason, wholePlanAt,
        plan.inSync(), plan.blocked(), view.summaryLine(), plan.blockers().size(),
        firstOf(plan.blockers(), limits.firstStatements()), tables(view), plan.statements().size(),
        firstStatements(view, limits.firstStatements())));
  }

  private static List<TableJson> tables(PlanView view) {
    List<TableJson> out = new ArrayList<>();
    for (TableName t : view.tables()) {
      List<PlannedChange> changes = view.changesOf(t);
      out.add(new TableJson(t.toString(), changes.size(), count(changes, Risk.SAFE), count(changes, Risk.DESTRUCTIVE),
          count(changes, Risk.UNSUPPORTED), view.statementsOf(t).size()));
    }
    return out;
  }

  private static long count(List<PlannedChange> changes, Risk risk) {
    return changes.stream().filter(c -> c.classification().risk() == risk).count();
  }

  private static List<StatementJson> firstStatements(PlanView view, int n) {
    return firstOf(view.plan().statements(), n).stream().map(s -> StatementJson.of(view, s)).toList();
  }

  private static <T> List<T> firstOf(List<T> items, int n) {
    return items.subList(0, Math.min(n, items.size()));
  }


  record SummaryJson(
      @JsonProperty("format_version") int formatVersion,
      @JsonProperty("summarised") boolean summarised,
      @JsonProperty("summarised_because") String summarisedBecause,
      @JsonProperty("whole_plan") String wholePlan,
      @JsonProperty("in_sync") boolean inSync,
      @JsonProperty("blocked") boolean blocked,
      @JsonProperty("summary") String summary,
      @JsonProperty("blocker_count") int blockerCount,
      @JsonProperty("blockers") List<String> blockers,
      @JsonProperty("tables") List<TableJson> tables,
      @JsonProperty("statement_count") int statementCount,
      @JsonProperty("first_statements") List<StatementJson> firstStatements) {}

  record TableJson(
      @JsonProperty("table") String table,
      @JsonProperty("changes") int changes,
      @JsonProperty("safe") long safe,
      @JsonProperty("destructive") long destructive,
      @JsonProperty("unsupported") long unsupported,
      @JsonProperty("statements") int statements) {}

  record StatementJson(
      @JsonProperty("index") int index,
      @JsonProperty("table") String table,
      @JsonProperty("sql") String sql,
      @JsonProperty("skipped_reason") String skippedReason) {
    static StatementJson of(PlanView view, PlannedStatement s) {
      return new StatementJson(view.indexOf(s), s.table().toString(), PlanView.preview(s.sql(), SQL_PREVIEW), s.skipReason());
    }
  }
}
