package dev.lakemigrate.apply;

import dev.lakemigrate.error.PreflightErrors;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PreflightCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a plan's pre-flight data checks through the {@link SqlRunner}: each count query once, in plan
 * order. A check whose query fails counts as failed (nothing proves the data fits).
 */
public final class PreflightRunner {
  /** The checks with their counts, and one message per failed check. */
  public record Outcome(List<PreflightCheck> checks, List<String> failures) {
    public Outcome {
      checks = List.copyOf(checks);
      failures = List.copyOf(failures);
    }
  }

  private final SqlRunner runner;

  public PreflightRunner(SqlRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  public Outcome run(List<PreflightCheck> checks) {
    List<PreflightCheck> ran = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (PreflightCheck check : checks) {
      PreflightCheck counted;
      try {
        counted = check.withViolations(count(runner.query(check.sql())));
      } catch (RuntimeException e) {
        ran.add(check);
        failures.add(PreflightErrors.checkNotRun(check, e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        continue;
      }
      ran.add(counted);
      if (counted.failed()) failures.add(PreflightErrors.failedCheck(counted));
    }
    return new Outcome(ran, failures);
  }

  /** {@code plan} with its checks counted; failed checks become blockers (plan shows them, apply refuses). */
  public Plan attach(Plan plan) {
    if (plan.preflight().isEmpty()) return plan;
    Outcome outcome = run(plan.preflight());
    return plan.withPreflight(outcome.checks(), outcome.failures());
  }

  /** Runs the checks; throws PREFLIGHT_FAILED naming every failure. */
  public void require(List<PreflightCheck> checks) {
    Outcome outcome = run(checks);
    if (!outcome.failures().isEmpty()) throw PreflightErrors.failed(outcome.failures());
  }

  private static long count(List<Map<String, Object>> rows) {
    if (rows.size() != 1 || rows.get(0).isEmpty()) throw new IllegalStateException("expected one count row, got " + rows);
    Object n = rows.get(0).values().iterator().next();
    if (n instanceof Number number) return number.longValue();
    return Long.parseLong(String.valueOf(n));
  }
}
