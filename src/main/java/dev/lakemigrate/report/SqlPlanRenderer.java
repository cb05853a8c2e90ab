package dev.lakemigrate.report;

import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedStatement;
import java.util.List;

/**
 * The plan as a SQL script: statements in execution order, each ending in {@code ;} and preceded by
 * {@code -- <code> <message>} for every change it carries (or its comment when it carries none).
 * A statement the engine cannot run is commented out with the reason. A refused plan lists its
 * blockers and comments out every statement, so running the script never bypasses the refusal.
 * Comment text is flattened to one line, so no user text can end a comment and become SQL.
 */
final class SqlPlanRenderer {

  String render(Plan plan) {
    PlanView view = new PlanView(plan);
    StringBuilder out = new StringBuilder();
    out.append("-- lakemigrate plan for ").append(plan.engine().describe()).append("\n");
    out.append("-- ").append(view.summaryLine()).append("\n");
    if (plan.blocked()) {
      out.append("-- PLAN REFUSED: every statement below is commented out until each blocker is resolved.\n");
      for (String blocker : plan.blockers()) out.append("-- blocker: ").append(PlanView.oneLine(blocker)).append("\n");
    }
    for (PlannedStatement s : plan.statements()) out.append("\n").append(statement(view, s, plan.blocked()));
    return out.toString();
  }

  /** One statement with its comment lines; {@code disabled} comments the SQL out. */
  static String statement(PlanView view, PlannedStatement s, boolean disabled) {
    StringBuilder out = new StringBuilder();
    List<Classification> verdicts = view.classificationsOf(s);
    for (Classification c : verdicts) {
      out.append("-- ").append(c.code()).append(" ").append(PlanView.oneLine(c.message())).append("\n");
    }
    if (verdicts.isEmpty()) {
      out.append("-- ").append(s.comment() == null ? "supporting statement" : PlanView.oneLine(s.comment())).append("\n");
    }
    if (!s.runs()) out.append("-- skipped: ").append(PlanView.oneLine(s.skipReason())).append("\n");
    String sql = s.sql().strip() + ";";
    return out.append(s.runs() && !disabled ? sql : commentOut(sql)).append("\n").toString();
  }

  private static String commentOut(String sql) {
    return "-- " + sql.replaceAll("\\R", "\n-- ");
  }
}
