package dev.lakemigrate.report;

import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plan as a pull-request comment (GitHub-flavoured Markdown): a summary heading, blockers as a
 * list, one table row per change with a bold risk badge, and each table's statements in a
 * {@code sql} fence. User text is escaped for cells and code spans, and fences are longer than any
 * backtick run inside them, so no comment or name can break the layout.
 */
final class MarkdownPlanRenderer {
  private static final Pattern BACKTICKS = Pattern.compile("`+");
  private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("([\\\\`*_\\[\\]<>|#~])");

  String render(Plan plan) {
    PlanView view = new PlanView(plan);
    StringBuilder out = new StringBuilder("### lakemigrate plan: ").append(view.summaryLine()).append("\n\n");
    out.append("Engine: ").append(plan.engine().describe()).append("\n");
    if (plan.blocked()) {
      out.append("\n**Plan refused.** Nothing runs until each blocker is resolved:\n\n");
      plan.blockers().forEach(b -> out.append("- ").append(inline(b)).append("\n"));
    }
    if (!plan.inSync()) changeTable(view, out);
    for (TableName table : view.tables()) {
      List<PlannedStatement> statements = view.statementsOf(table);
      if (statements.isEmpty()) continue;
      String script = statements.stream().map(s -> SqlPlanRenderer.statement(view, s, plan.blocked()))
          .collect(Collectors.joining("\n"));
      String fence = fenceFor(script);
      out.append("\n#### ").append(code(table.toString())).append("\n\n")
          .append(fence).append("sql\n").append(script).append(fence).append("\n");
    }
    if (!plan.preflight().isEmpty()) {
      out.append("\n**Pre-flight data checks** (before the first DDL)\n\n");
      view.preflightLines().forEach(line -> out.append("- ").append(inline(line)).append("\n"));
    }
    if (!plan.unmanaged().isEmpty()) {
      out.append("\n**Unmanaged tables** (not declared; left alone): ")
          .append(plan.unmanaged().stream().map(t -> code(t.toString())).collect(Collectors.joining(", "))).append("\n");
    }
    if (!plan.notes().isEmpty()) {
      out.append("\n**Notes**\n\n");
      plan.notes().forEach(n -> out.append("- ").append(inline(n)).append("\n"));
    }
    return out.toString();
  }

  private static void changeTable(PlanView view, StringBuilder out) {
    out.append("\n| Table | Risk | Code | Change | Statements |\n| --- | --- | --- | --- | --- |\n");
    for (TableName table : view.tables()) {
      for (PlannedChange change : view.changesOf(table)) {
        Classification c = change.classification();
        String detail = inline(c.message()) + (c.fix() == null ? "" : "<br>Fix: " + inline(c.fix()))
            + c.enabledFeatures().stream().map(f -> "<br>Enables table feature " + inline(f) + " (irreversible)")
                .collect(Collectors.joining());
        String statements = view.statementsOf(change).stream()
            .map(s -> (s.runs() ? "" : "skipped ") + view.indexOf(s)).collect(Collectors.joining(", "));
        out.append("| ").append(code(table.toString())).append(" | **").append(c.risk().name()).append("** | ")
            .append(code(c.code())).append(" | ").append(detail).append(" | ")
            .append(statements.isEmpty() ? "none" : statements).append(" |\n");
      }
    }
  }

  /** Text for a list item or a table cell: one line, Markdown punctuation escaped. */
  static String inline(String text) {
    return MARKDOWN_PUNCTUATION.matcher(PlanView.oneLine(text)).replaceAll("\\\\$1");
  }

  /** A code span that survives backticks and pipes inside it (safe inside a table cell). */
  static String code(String text) {
    String ticks = "`".repeat(longestBacktickRun(text) + 1);
    String body = PlanView.oneLine(text).replace("|", "\\|");
    String pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
    return ticks + pad + body + pad + ticks;
  }

  private static String fenceFor(String content) {
    return "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) longest = Math.max(longest, m.end() - m.start());
    return longest;
  }
}
