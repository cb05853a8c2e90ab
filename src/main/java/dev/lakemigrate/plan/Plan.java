package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.TableName;
import java.util.List;

/**
 * What it takes to bring the live tables to their declarations on one engine.
 *
 * <p>{@code changes} are in report order (per table: drops and modifications in live order,
 * additions in declared order). {@code statements} are in execution order, exactly what apply runs.
 * {@code blockers} lists every reason the plan is refused (unsupported changes, destructive ones
 * without opt-in); a blocked plan executes nothing. {@code notes} are things the reader should know
 * (facts the live side cannot see, OPTIMIZE after a clustering change, …).
 */
public record Plan(
    Engine engine,
    List<PlannedChange> changes,
    List<PlannedStatement> statements,
    List<TableName> unmanaged,
    List<String> blockers,
    List<String> notes) {

  public Plan {
    changes = List.copyOf(changes);
    statements = List.copyOf(statements);
    unmanaged = List.copyOf(unmanaged);
    blockers = List.copyOf(blockers);
    notes = List.copyOf(notes);
  }

  public boolean inSync() {
    return changes.isEmpty();
  }

  public boolean blocked() {
    return !blockers.isEmpty();
  }

  /** The statements that carry a change, in execution order. */
  public List<PlannedStatement> statementsFor(SchemaChange change) {
    return statements.stream().filter(s -> s.sources().contains(change)).toList();
  }

  /** Tables with at least one change, in first-appearance order. */
  public List<TableName> tables() {
    return changes.stream().map(c -> c.change().table()).distinct().toList();
  }
}
