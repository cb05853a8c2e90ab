package dev.lakemigrate.report;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.Risk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The questions every rendering of a plan asks, answered once: tables, per-table parts, positions, counts. */
final class PlanView {
  private final Plan plan;
  private final Map<PlannedStatement, Integer> positions = new IdentityHashMap<>();
  private final Map<SchemaChange, List<PlannedStatement>> statementsBySource = new HashMap<>();
  private final Map<SchemaChange, Classification> verdicts = new HashMap<>();

  /** Indexes the plan once, so rendering a plan of thousands of statements stays linear. */
  PlanView(Plan plan) {
    this.plan = plan;
    List<PlannedStatement> statements = plan.statements();
    for (int i = 0; i < statements.size(); i++) {
      PlannedStatement s = statements.get(i);
      positions.put(s, i + 1);
      for (SchemaChange source : new LinkedHashSet<>(s.sources())) {
        statementsBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(s);
      }
    }
    for (PlannedChange c : plan.changes()) verdicts.putIfAbsent(c.change(), c.classification());
  }

  Plan plan() {
    return plan;
  }

  /** Tables with a change or a statement: those with changes first, in first-appearance order. */
  List<TableName> tables() {
    Set<TableName> tables = new LinkedHashSet<>(plan.tables());
    plan.statements().forEach(s -> tables.add(s.table()));
    return List.copyOf(tables);
  }

  List<PlannedChange> changesOf(TableName table) {
    return plan.changes().stream().filter(c -> c.change().table().equals(table)).toList();
  }

  List<PlannedStatement> statementsOf(TableName table) {
    return plan.statements().stream().filter(s -> s.table().equals(table)).toList();
  }

  /** The statements that carry the change, in execution order (as {@link Plan#statementsFor}). */
  List<PlannedStatement> statementsOf(PlannedChange change) {
    return statementsBySource.getOrDefault(change.change(), List.of());
  }

  /** Statements of {@code table} that carry none of the plan's changes (prerequisites, OPTIMIZE, …). */
  List<PlannedStatement> supportingStatementsOf(TableName table) {
    return statementsOf(table).stream().filter(s -> classificationsOf(s).isEmpty()).toList();
  }

  /** 1-based position in execution order. */
  int indexOf(PlannedStatement statement) {
    Integer position = positions.get(statement);
    if (position == null) throw new IllegalArgumentException("not a statement of this plan: " + statement.sql());
    return position;
  }

  /** The verdicts of the changes a statement carries, in the statement's order. */
  List<Classification> classificationsOf(PlannedStatement statement) {
    List<Classification> out = new ArrayList<>();
    for (SchemaChange source : statement.sources()) classificationOf(source).ifPresent(out::add);
    return out;
  }

  Optional<Classification> classificationOf(SchemaChange change) {
    return Optional.ofNullable(verdicts.get(change));
  }

  /** {@code main.s.t column email: 3 NULLs in column email — failed}; one line per pre-flight check. */
  List<String> preflightLines() {
    return plan.preflight().stream().map(c -> c.table() + (c.column() == null ? "" : " column " + c.column()) + ": "
        + (c.ran() ? c.violations() + " " + c.subject() + " — " + (c.failed() ? "failed" : "passed")
            : c.subject() + " — counted by apply before its first statement")).toList();
  }

  long count(Risk risk) {
    return plan.changes().stream().filter(c -> c.classification().risk() == risk).count();
  }

  long skippedStatements() {
    return plan.statements().stream().filter(s -> !s.runs()).count();
  }

  /** {@code 3 tables, 7 changes (5 safe, 1 destructive, 1 unsupported) — plan refused}, or {@code in sync}. */
  String summaryLine() {
    if (plan.inSync()) return "in sync — no changes";
    List<String> risks = new ArrayList<>();
    for (Risk risk : Risk.values()) {
      long n = count(risk);
      if (n > 0) risks.add(n + " " + lower(risk));
    }
    return plural(plan.tables().size(), "table") + ", " + plural(plan.changes().size(), "change")
        + " (" + String.join(", ", risks) + ") — " + (plan.blocked() ? "plan refused" : "ready to apply");
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The statement on one line, cut to {@code max} characters with an ellipsis. */
  static String preview(String sql, int max) {
    String line = oneLine(sql == null ? "" : sql.strip());
    return line.length() <= max ? line : line.substring(0, max - 2) + " …";
  }

  /** Text on one line: line breaks become spaces (comments, table cells, progress lines). */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
  }
}
