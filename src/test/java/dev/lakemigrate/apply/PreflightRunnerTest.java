package dev.lakemigrate.apply;

import static dev.lakemigrate.report.SamplePlans.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PreflightCheck;
import dev.lakemigrate.plan.PreflightCheck.Kind;
import dev.lakemigrate.report.SamplePlans;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreflightRunnerTest {
  private static final PreflightCheck NULLS = new PreflightCheck(ORDERS, "id", Kind.NULLS, "NULLs in column id",
      "SELECT count(*) AS n FROM orders WHERE `id` IS NULL", null);
  private static final PreflightCheck CHECK = new PreflightCheck(ORDERS, null, Kind.CHECK_VIOLATIONS,
      "rows violating CHECK amount_positive (amount > 0)", "SELECT count(*) AS n FROM orders WHERE NOT coalesce((amount > 0), false)", null);

  /** Answers count queries from a map (a query not in it throws, as a bad expression would); records DDL. */
  private static final class CountingRunner implements SqlRunner {
    final Map<String, Long> counts = new LinkedHashMap<>();
    final List<String> executed = new ArrayList<>();
    final RecordingSqlRunner versions = new RecordingSqlRunner().withTable(ORDERS, 4);

    @Override public void execute(String sql) {
      executed.add(sql);
      versions.execute(sql);
    }

    @Override public List<Map<String, Object>> query(String sql) {
      if (sql.startsWith("DESCRIBE HISTORY")) return versions.query(sql);
      Long n = counts.get(sql);
      if (n == null) throw new IllegalStateException("[UNRESOLVED_COLUMN] cannot resolve amount");
      return List.of(Map.of("n", n));
    }
  }

  @Test
  void countsBecomeTheChecksViolationsAndFailuresBecomeBlockers() {
    CountingRunner runner = new CountingRunner();
    runner.counts.put(NULLS.sql(), 0L);
    runner.counts.put(CHECK.sql(), 3L);
    Plan plan = withChecks(SamplePlans.runnable(), NULLS, CHECK);

    Plan counted = new PreflightRunner(runner).attach(plan);

    assertThat(counted.preflight()).extracting(PreflightCheck::violations).containsExactly(0L, 3L);
    assertThat(counted.blockers()).containsExactly("Cannot add CHECK constraint on main.sales.orders: pre-flight found 3"
        + " rows violating CHECK amount_positive (amount > 0). Fix or delete the violating rows first, or change the CHECK"
        + " expression.");
    assertThat(counted.blocked()).isTrue();
  }

  @Test
  void aCheckThatCannotRunFailsWithTheEngineError() {
    PreflightRunner.Outcome outcome = new PreflightRunner(new CountingRunner()).run(List.of(CHECK));
    assertThat(outcome.checks()).containsExactly(CHECK);
    assertThat(outcome.failures()).containsExactly("Cannot run pre-flight check on main.sales.orders: counting rows violating"
        + " CHECK amount_positive (amount > 0) failed: [UNRESOLVED_COLUMN] cannot resolve amount. Fix the declaration, or"
        + " pass --no-preflight to let the engine refuse the statement itself.");
  }

  @Test
  void applyStopsBeforeTheFirstStatementWhenACheckFailsAndRunsWithoutChecksWhenAsked() {
    CountingRunner runner = new CountingRunner();
    runner.counts.put(NULLS.sql(), 2L);
    Plan plan = withChecks(SamplePlans.runnable(), NULLS);
    InMemoryHistoryStore history = new InMemoryHistoryStore();
    TickingClock clock = new TickingClock(Instant.parse("2026-11-21T08:00:00Z"), Duration.ofMillis(5));
    Executor executor = new Executor(runner, history, new InMemoryLock(clock), Duration.ofMinutes(1), Duration.ZERO,
        line -> {}, clock);
    RunContext context = new RunContext("run-1", "apply", "dev", "0.1.0", "alice", null, "sha256:decl", null);

    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> executor.apply(plan, context, SamplePlans::inSync));

    assertThat(e.code()).isEqualTo(ErrorCode.PREFLIGHT_FAILED);
    assertThat(e.getMessage()).isEqualTo("Cannot apply plan: 1 pre-flight data check failed and nothing was executed"
        + " (every table is at its previous version). Fix the data or the declarations below, then run again."
        + System.lineSeparator() + "- Cannot set NOT NULL on main.sales.orders column id: pre-flight found 2 NULLs in"
        + " column id. Update or delete those rows first, or declare the column nullable.");
    assertThat(runner.executed).isEmpty();
    assertThat(history.writes()).isEmpty();

    executor.apply(plan, context, SamplePlans::inSync, false);
    assertThat(runner.executed).hasSize((int) plan.statements().stream().filter(s -> s.runs()).count());
  }

  private static Plan withChecks(Plan p, PreflightCheck... checks) {
    return new Plan(p.engine(), p.changes(), p.statements(), p.unmanaged(), p.blockers(), p.notes(), List.of(checks));
  }
}
