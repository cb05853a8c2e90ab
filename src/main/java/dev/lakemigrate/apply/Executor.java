package dev.lakemigrate.apply;

import dev.lakemigrate.error.ApplyErrors;
import dev.lakemigrate.error.ConcurrencyErrors;
import dev.lakemigrate.apply.HistoryEntry.Status;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a plan statement by statement over the {@link SqlRunner} port, one run at a time per ledger.
 *
 * <p>A blocked plan is refused before anything happens. Otherwise: take the {@link Lock}, make sure
 * the ledger exists, then for each statement in execution order read the table's Delta version,
 * write a {@code PENDING} row, run it, read the version again and update the row to
 * {@code APPLIED} or {@code FAILED}. A statement the engine cannot run is recorded
 * {@code SKIPPED} and not run. The first failure stops the run (later statements stay untouched and
 * unrecorded). After the last statement the caller's re-planner re-introspects the touched tables:
 * anything left over (other than changes the engine cannot run at all, which stay skipped) is a
 * NOT_CONVERGED error naming each change.
 *
 * <p>A failed run throws; its rows are in the ledger ({@code RunResult.fromHistory(history.recentRuns(1))}
 * renders it). Versions are read around every statement, not carried over from the previous one,
 * because other writers (streaming appends) move a table's version between statements too. The lease is renewed between
 * statements and the lock released however the run ends.
 */
public final class Executor {
  private static final int SQL_PREVIEW = 80;

  private final SqlRunner runner;
  private final HistoryStore history;
  private final Lock lock;
  private final Duration lease;
  private final Duration wait;
  private final Consumer<String> progress;
  private final Clock clock;

  /**
   * @param lease how long the lock is held without a renewal (configuration)
   * @param wait how long to wait for another run's lock (configuration)
   * @param progress receives one line per statement ({@code [3/12] main.sales.orders  ALTER … (245 ms)})
   */
  public Executor(SqlRunner runner, HistoryStore history, Lock lock, Duration lease, Duration wait,
      Consumer<String> progress, Clock clock) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.history = Objects.requireNonNull(history, "history");
    this.lock = Objects.requireNonNull(lock, "lock");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.wait = Objects.requireNonNull(wait, "wait");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Executor(SqlRunner runner, HistoryStore history, Lock lock, Duration lease, Duration wait,
      Consumer<String> progress) {
    this(runner, history, lock, lease, wait, progress, Clock.systemUTC());
  }

  /**
   * Applies {@code plan}; {@code replan} re-introspects the touched tables and plans again.
   *
   * @throws dev.lakemigrate.error.LakemigrateException PLAN_REFUSED, LOCKED, APPLY_FAILED, NOT_CONVERGED
   */
  public RunResult apply(Plan plan, RunContext context, Supplier<Plan> replan) {
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    List<ExecutionStep> steps = ExecutionStep.of(plan);
    return run(steps, context, () -> steps, replan);
  }

  /**
   * As {@link #apply}, but plans again once the lock is held: a run that waited for another (or
   * raced it to the lock) must not run statements that run already ran. Nothing runs when the
   * fresh plan has nothing left to run; a fresh plan with other statements is refused
   * (REVIEWED_PLAN_STALE), since it is not the plan that was printed.
   */
  public RunResult applyUnderLock(Plan plan, RunContext context, Supplier<Plan> replan) {
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    List<ExecutionStep> steps = ExecutionStep.of(plan);
    return run(steps, context, () -> stillPlanned(steps, replan.get()), replan);
  }

  private static List<ExecutionStep> stillPlanned(List<ExecutionStep> planned, Plan now) {
    List<ExecutionStep> fresh = ExecutionStep.of(now);
    if (now.inSync() || fresh.stream().noneMatch(ExecutionStep::runs)) return List.of();
    List<String> nowSql = fresh.stream().map(ExecutionStep::sql).toList();
    if (nowSql.equals(planned.stream().map(ExecutionStep::sql).toList()) && !now.blocked()) return planned;
    throw ConcurrencyErrors.planChangedBeforeLock(nowSql);
  }

  /**
   * Applies exactly the statements of a reviewed plan, after checking (under the lock) that the live
   * state still matches the fingerprint it was made from. The ledger rows carry the plan's id.
   *
   * @throws dev.lakemigrate.error.LakemigrateException REVIEWED_PLAN_STALE, LOCKED, APPLY_FAILED, NOT_CONVERGED
   */
  public RunResult applyReviewed(ReviewedPlan reviewed, Supplier<LiveFingerprint> live, RunContext context,
      Supplier<Plan> replan) {
    return run(reviewed.steps(), context.withReviewedPlan(reviewed.id()), () -> {
      reviewed.verify(live.get());
      return reviewed.steps();
    }, replan);
  }

  /** {@code underLock} gives the steps to run once the lock is held (it may check, or refuse). */
  private RunResult run(List<ExecutionStep> planned, RunContext context, Supplier<List<ExecutionStep>> underLock,
      Supplier<Plan> replan) {
    if (planned.isEmpty()) return new RunResult(context.runId(), List.of());
    try (Lock.Held held = lock.acquire(context.runId(), lease, wait)) {
      List<ExecutionStep> steps = underLock.get();
      if (steps.isEmpty()) return new RunResult(context.runId(), List.of());
      history.ensureExists();
      List<HistoryEntry> rows = new ArrayList<>();
      for (ExecutionStep step : steps) {
        if (!rows.isEmpty()) held.renew();
        rows.add(step.runs() ? execute(step, steps.size(), context) : skip(step, steps.size(), context));
      }
      checkConverged(replan.get());
      return new RunResult(context.runId(), rows);
    }
  }

  private HistoryEntry execute(ExecutionStep step, int total, RunContext context) {
    Long before = versionOf(step.table());
    Instant started = clock.instant();
    history.recordPending(row(context, step, Status.PENDING, null, started, null, before, null));
    RuntimeException failure = null;
    try {
      runner.execute(step.sql());
    } catch (RuntimeException e) {
      failure = e;
    }
    Instant ended = clock.instant();
    Long after = versionOf(step.table());
    Status status = failure == null ? Status.APPLIED : Status.FAILED;
    String error = failure == null ? null : messageOf(failure);
    HistoryEntry outcome = row(context, step, status, error, started, ended, before, after);
    history.recordOutcome(outcome);
    progress.accept(progressLine(step, total) + (failure == null ? "" : " FAILED") + " (" + outcome.durationMs() + " ms)");
    if (failure != null) throw ApplyErrors.applyFailed(step.index(), total, step.table().toString(), error, failure);
    return outcome;
  }

  private HistoryEntry skip(ExecutionStep step, int total, RunContext context) {
    Instant now = clock.instant();
    HistoryEntry skipped = row(context, step, Status.SKIPPED, step.skipReason(), now, now, null, null);
    history.recordPending(skipped);
    progress.accept(progressLine(step, total) + " SKIPPED (" + step.skipReason() + ")");
    return skipped;
  }

  /**
   * Fails when the re-plan still has work: a change is left over unless every statement that
   * carries it is one the engine cannot run (those were skipped in this run and stay skipped).
   */
  private void checkConverged(Plan after) {
    List<String> leftovers = after.changes().stream()
        .filter(c -> {
          List<PlannedStatement> statements = after.statementsFor(c.change());
          return statements.isEmpty() || statements.stream().anyMatch(PlannedStatement::runs);
        })
        .map(c -> c.change().table() + ": " + c.classification().code() + " " + c.change().kind() + ": "
            + c.classification().message())
        .toList();
    if (!leftovers.isEmpty()) throw ApplyErrors.notConverged(leftovers);
  }

  /** The table's current Delta version, or null when it cannot be read (e.g. not yet created). */
  private Long versionOf(TableName table) {
    List<Map<String, Object>> rows;
    try {
      rows = runner.query("DESCRIBE HISTORY " + table.toSql() + " LIMIT 1");
    } catch (RuntimeException e) {
      return null;
    }
    if (rows.isEmpty()) return null;
    Object version = rows.get(0).get("version");
    if (version instanceof Number n) return n.longValue();
    return version == null ? null : Long.valueOf(version.toString());
  }

  private static HistoryEntry row(RunContext c, ExecutionStep step, Status status, String error, Instant started,
      Instant ended, Long before, Long after) {
    Long duration = ended == null ? null : Duration.between(started, ended).toMillis();
    return new HistoryEntry(c.runId(), c.command(), c.target(), c.toolVersion(), c.user(), c.jobRunId(),
        c.declarationsChecksum(), c.reviewedPlan(), step.table().toString(), step.changeCodes(), step.index(),
        step.sql(), status, error, started, ended, duration, before, after);
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }

  /** {@code [3/12] main.sales.orders  ALTER TABLE …}: position, table, the SQL's first line shortened. */
  static String progressLine(ExecutionStep step, int total) {
    String sql = step.sql().strip();
    int newline = sql.indexOf('\n');
    String preview = newline < 0 ? sql : sql.substring(0, newline).strip() + " …";
    if (preview.length() > SQL_PREVIEW) preview = preview.substring(0, SQL_PREVIEW - 2) + " …";
    return "[" + step.index() + "/" + total + "] " + step.table() + "  " + preview;
  }
}
