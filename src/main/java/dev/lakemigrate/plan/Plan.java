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
 * (facts the live side cannot see, OPTIMIZE after a clustering change, …). {@code preflight} lists the
 * data checks the plan needs before its first DDL (counts null until they ran, see
 * {@link #withPreflight}); a failed check is also a blocker.
 */
public record Plan(
    Engine engine,
    List<PlannedChange> changes,
    List<PlannedStatement> statements,
    List<TableName> unmanaged,
    List<String> blockers,
    List<String> notes,
    List<PreflightCheck> preflight) {

  public Plan {
    preflight = List.copyOf(preflight);
    changes = List.copyOf(changes);
    statements = List.copyOf(statements);
    unmanaged = List.copyOf(unmanaged);
    blockers = List.copyOf(blockers);
    notes = List.copyOf(notes);
  }

  /** A plan without pre-flight checks (as before they existed). */
  public Plan(Engine engine, List<PlannedChange> changes, List<PlannedStatement> statements, List<TableName> unmanaged,
      List<String> blockers, List<String> notes) {
    this(engine, changes, statements, unmanaged, blockers, notes, List.of());
  }

  /**
   * This plan with its checks replaced by {@code ran} (the same checks with their counts); each failed
   * one becomes a blocker, after the plan's own.
   */
  public Plan withPreflight(List<PreflightCheck> ran, List<String> failures) {
    List<String> all = new java.util.ArrayList<>(blockers);
    all.addAll(failures);
    return new Plan(engine, changes, statements, unmanaged, all, notes, ran);
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
