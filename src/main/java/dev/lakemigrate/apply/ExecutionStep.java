package dev.lakemigrate.apply;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement as apply runs it: its 1-based position in execution order, the table, the SQL, the
 * codes of the changes it carries (comma-separated, null when it carries none) and, for a statement
 * the engine cannot run, the reason it is skipped. A plan and a reviewed plan both become a list of
 * steps, so one executor runs both.
 */
public record ExecutionStep(int index, TableName table, String sql, String changeCodes, String skipReason) {
  public ExecutionStep {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sql, "sql");
  }

  public boolean runs() {
    return skipReason == null;
  }

  /** The plan's statements in execution order, each with the codes of the changes it carries. */
  public static List<ExecutionStep> of(Plan plan) {
    Map<SchemaChange, String> codes = new IdentityHashMap<>();
    for (PlannedChange c : plan.changes()) codes.put(c.change(), c.classification().code());
    List<ExecutionStep> steps = new ArrayList<>();
    int index = 1;
    for (PlannedStatement s : plan.statements()) {
      steps.add(new ExecutionStep(index++, s.table(), s.sql(), codesOf(s, codes, plan), s.skipReason()));
    }
    return List.copyOf(steps);
  }

  private static String codesOf(PlannedStatement s, Map<SchemaChange, String> byIdentity, Plan plan) {
    List<String> found = new ArrayList<>();
    for (SchemaChange source : s.sources()) {
      String code = byIdentity.get(source);
      if (code == null) code = plan.changes().stream().filter(c -> c.change().equals(source))
          .map(c -> c.classification().code()).findFirst().orElse(null);
      if (code != null && !found.contains(code)) found.add(code);
    }
    return found.isEmpty() ? null : String.join(",", found);
  }
}
