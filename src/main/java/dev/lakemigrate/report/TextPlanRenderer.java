package dev.lakemigrate.report;

import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan for a terminal or job output: per table, per change its risk, code, message, fix, enabled
 * features and statements (numbered in execution order; a statement shared by several changes is
 * printed once); then blockers, unmanaged tables, notes and the summary line.
 */
final class TextPlanRenderer {
  private static final String CHANGE_INDENT = "  ";
  private static final String DETAIL_INDENT = " ".repeat(2 + 12 + 8);
  private static final String SQL_INDENT = "      ";

  String render(Plan plan) {
    PlanView view = new PlanView(plan);
    StringBuilder out = new StringBuilder("Plan for ").append(plan.engine().describe()).append("\n");
    Set<PlannedStatement> printed = new HashSet<>();
    for (TableName table : view.tables()) {
      out.append("\n").append(table).append("\n");
      for (PlannedChange change : view.changesOf(table)) renderChange(view, change, printed, out);
      List<PlannedStatement> supporting = view.supportingStatementsOf(table);
      if (!supporting.isEmpty()) out.append(CHANGE_INDENT).append("supporting statements\n");
      for (PlannedStatement s : supporting) renderStatement(view, s, printed, out);
    }
    list(out, "Pre-flight data checks (before the first DDL):", view.preflightLines());
    list(out, "Blockers (the plan is refused; nothing runs until each is resolved):", plan.blockers());
    list(out, "Unmanaged tables (not declared; left alone):",
        plan.unmanaged().stream().map(TableName::toString).toList());
    list(out, "Notes:", plan.notes());
    return out.append("\n").append(view.summaryLine()).append("\n").toString();
  }

  private void renderChange(PlanView view, PlannedChange change, Set<PlannedStatement> printed, StringBuilder out) {
    Classification c = change.classification();
    out.append(CHANGE_INDENT).append(pad(c.risk().name(), 12)).append(pad(c.code(), 8))
        .append(indentLines(c.message(), DETAIL_INDENT)).append("\n");
    if (c.fix() != null) out.append(DETAIL_INDENT).append("fix: ").append(indentLines(c.fix(), DETAIL_INDENT)).append("\n");
    for (String feature : c.enabledFeatures()) {
      out.append(DETAIL_INDENT).append("enables table feature ").append(feature)
          .append(" (irreversible: older readers and some streaming consumers stop working)\n");
    }
    List<PlannedStatement> statements = view.statementsOf(change);
    if (statements.isEmpty()) out.append(SQL_INDENT).append("(no statement)\n");
    for (PlannedStatement s : statements) renderStatement(view, s, printed, out);
  }

  private void renderStatement(PlanView view, PlannedStatement s, Set<PlannedStatement> printed, StringBuilder out) {
    String label = "[" + view.indexOf(s) + "] ";
    String indent = SQL_INDENT + " ".repeat(label.length());
    out.append(SQL_INDENT).append(label);
    if (!printed.add(s)) {
      out.append("(the statement above)\n");
      return;
    }
    if (!s.runs()) out.append("skipped: ").append(PlanView.oneLine(s.skipReason())).append("\n").append(indent);
    out.append(indentLines(s.sql(), indent)).append("\n");
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) return;
    out.append("\n").append(title).append("\n");
    for (String item : items) out.append("  - ").append(indentLines(item, "    ")).append("\n");
  }

  static String indentLines(String text, String indent) {
    return text.strip().replaceAll("\\R", "\n" + indent);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
