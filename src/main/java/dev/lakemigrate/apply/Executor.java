package dev.lakemigrate.apply;

import dev.lakemigrate.error.ApplyErrors;
import dev.lakemigrate.error.ConcurrentApplyErrors;
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
 * <p>A blocked plan is refused before anything happens. Otherwise: take the {@link Lock}, run the
 * plan's pre-flight data checks ({@link PreflightRunner}; any failure stops the run before its first
 * statement), make sure the ledger exists, then for each statement in execution order read the table's Delta version,
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
 * statements once a quarter of it has passed, and the lock released however the run ends.
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
    return apply(plan, context, replan, true);
  }

  /**
   * As {@link #apply(Plan, RunContext, Supplier)}; with {@code preflight} the plan's data checks run
   * under the lock before the first statement, and any failure stops the run before anything changes.
   *
   * @throws dev.lakemigrate.error.LakemigrateException also PREFLIGHT_FAILED
   */
  public RunResult apply(Plan plan, RunContext context, Supplier<Plan> replan, boolean preflight) {
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    List<ExecutionStep> steps = ExecutionStep.of(plan);
    return run(steps, context, () -> {
      if (preflight) new PreflightRunner(runner).require(plan.preflight());
      return steps;
    }, replan);
  }

  /**
   * Applies the plan as it stands once the lock is held: {@code replan} runs under the lock before
   * the first statement, because {@code plan} was made before the lock was taken and another run may
   * have applied (some of) it meanwhile; the statements run are the fresh plan's, and so are the data
   * checks (with {@code preflight}). {@code replan} runs again after the last statement, as in
   * {@link #apply}.
   *
   * @throws dev.lakemigrate.error.LakemigrateException PLAN_REFUSED, LOCKED, PREFLIGHT_FAILED,
   *     APPLY_FAILED, NOT_CONVERGED
   */
  public RunResult applyLatest(Plan plan, RunContext context, Supplier<Plan> replan, boolean preflight) {
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    List<ExecutionStep> planned = ExecutionStep.of(plan);
    return run(planned, context, () -> {
      Plan now = replan.get();
      List<ExecutionStep> steps = latest(planned, now);
      if (preflight) new PreflightRunner(runner).require(now.preflight());
      return steps;
    }, replan);
  }

  /** {@link #applyLatest(Plan, RunContext, Supplier, boolean)} with the data checks on. */
  public RunResult applyLatest(Plan plan, RunContext context, Supplier<Plan> replan) {
    return applyLatest(plan, context, replan, true);
  }

  private List<ExecutionStep> latest(List<ExecutionStep> planned, Plan now) {
    if (now.blocked()) throw ApplyErrors.planRefused(now.blockers());
    List<ExecutionStep> steps = ExecutionStep.of(now);
    if (!steps.stream().map(ExecutionStep::sql).toList().equals(planned.stream().map(ExecutionStep::sql).toList())) {
      progress.accept(ConcurrentApplyErrors.replannedUnderLock(planned.size(), steps.size()));
    }
    return steps;
  }

  /**
   * Applies exactly the statements of a reviewed plan, after checking (under the lock) that the live
   * state still matches the fingerprint it was made from. The ledger rows carry the plan's id.
   *
   * @throws dev.lakemigrate.error.LakemigrateException REVIEWED_PLAN_STALE, LOCKED, APPLY_FAILED, NOT_CONVERGED
   */
  public RunResult applyReviewed(ReviewedPlan reviewed, Supplier<LiveFingerprint> live, RunContext context,
      Supplier<Plan> replan) {
    return applyReviewed(reviewed, live, context, replan, true);
  }

  /** As above; with {@code preflight} the reviewed plan's data checks run after the fingerprint check, under the lock. */
  public RunResult applyReviewed(ReviewedPlan reviewed, Supplier<LiveFingerprint> live, RunContext context,
      Supplier<Plan> replan, boolean preflight) {
    List<ExecutionStep> steps = reviewed.steps();
    return run(steps, context.withReviewedPlan(reviewed.id()), () -> {
      reviewed.verify(live.get());
      if (preflight) new PreflightRunner(runner).require(reviewed.preflight());
      return steps;
    }, replan);
  }

  /** @param underLock the steps to run, decided once the lock is held (checks and re-plans go here) */
  private RunResult run(List<ExecutionStep> planned, RunContext context, Supplier<List<ExecutionStep>> underLock,
      Supplier<Plan> replan) {
    if (planned.isEmpty()) return new RunResult(context.runId(), List.of());
    try (Lock.Held held = lock.acquire(context.runId(), lease, wait)) {
      List<ExecutionStep> steps = underLock.get();
      if (steps.isEmpty()) return new RunResult(context.runId(), List.of());
      history.ensureExists();
      List<HistoryEntry> rows = new ArrayList<>();
      Instant renewed = clock.instant();
      for (ExecutionStep step : steps) {
        if (renewalDue(renewed)) {
          held.renew();
          renewed = clock.instant();
        }
        rows.add(step.runs() ? execute(step, steps.size(), context) : skip(step, steps.size(), context));
      }
      checkConverged(replan.get());
      return new RunResult(context.runId(), rows);
    }
  }

  /**
   * A renewal is a Delta commit on the lock table (and a read to confirm the lock is still ours), so
   * it runs only once a quarter of the lease has passed since the last one: a run of short statements
   * pays for none, while a live holder's lease never comes near expiry.
   */
  private boolean renewalDue(Instant renewed) {
    return Duration.between(renewed, clock.instant()).compareTo(lease.dividedBy(4)) >= 0;
  }

  private HistoryEntry execute(ExecutionStep step, int total, RunContext context) {
    Long before = versionOf(step.table());
    Instant started = clock.instant();
    history.recordPending(row(context, step, Status.PENDING, null, started, null, before, null));
    RuntimeException failure = null;
    try {
      if (isQuery(step.sql())) runner.query(step.sql());
      else runner.execute(step.sql());
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

  /** A verification query (a rebuild's copy check) runs as a query, so it is evaluated; everything else is a command. */
  static boolean isQuery(String sql) {
    return sql.stripLeading().regionMatches(true, 0, "SELECT ", 0, 7);
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
