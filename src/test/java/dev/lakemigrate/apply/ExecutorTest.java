package dev.lakemigrate.apply;

import static dev.lakemigrate.report.SamplePlans.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lakemigrate.apply.HistoryEntry.Status;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.report.SamplePlans;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExecutorTest {
  static final Instant START = Instant.parse("2026-11-21T08:00:00Z");
  static final RunContext CONTEXT = new RunContext("run-1", "apply", "dev", "0.1.0", "alice", "job-42", "sha256:decl", null);

  private final TickingClock clock = new TickingClock(START, Duration.ofMillis(5));
  private final RecordingSqlRunner runner = new RecordingSqlRunner().withTable(ORDERS, 4);
  private final InMemoryHistoryStore history = new InMemoryHistoryStore();
  private final InMemoryLock lock = new InMemoryLock(clock);
  private final List<String> progress = new ArrayList<>();
  private final AtomicInteger replans = new AtomicInteger();
  private final Executor executor =
      new Executor(runner, history, lock, Duration.ofMinutes(10), Duration.ofSeconds(30), progress::add, clock);

  private final Supplier<Plan> converged = () -> {
    replans.incrementAndGet();
    return SamplePlans.inSync();
  };

  @Test
  void aBlockedPlanIsRefusedWithEveryBlockerAndRunsNothing() {
    Plan refused = SamplePlans.refused();
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> executor.apply(refused, CONTEXT, converged));
    assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REFUSED);
    assertThat(e.problems()).containsExactlyElementsOf(refused.blockers());
    assertThat(e.getMessage()).startsWith("Cannot apply plan: it is refused for 2 reasons and nothing was executed.")
        .contains("\n- main.sales.events: LM201 Drop column legacy_id", "\n- main.sales.events: LM302 Change partitioning");
    assertThat(runner.calls()).isZero();
    assertThat(runner.queries()).isEmpty();
    assertThat(history.exists()).isFalse();
    assertThat(lock.events()).isEmpty();
    assertThat(replans).hasValue(0);
  }

  @Test
  void applyLatestRunsThePlanMadeUnderTheLockNotTheStaleOne() {
    Plan stale = SamplePlans.runnable();
    List<Plan> plans = new ArrayList<>(List.of(SamplePlans.inSync(), SamplePlans.inSync()));
    RunResult result = executor.applyLatest(stale, CONTEXT, () -> plans.remove(0));

    assertThat(result.statements()).as("another run applied everything meanwhile").isEmpty();
    assertThat(runner.calls()).isZero();
    assertThat(history.writes()).isEmpty();
    assertThat(progress).containsExactly("The live tables changed between planning and taking the apply lock (another"
        + " run applied first): re-planned under the lock, 0 statements to run instead of the 7 planned.");
    assertThat(lock.events()).containsExactly("acquire run-1", "release run-1");
  }

  @Test
  void applyLatestRunsTheSamePlanWhenNothingChanged() {
    List<Plan> plans = new ArrayList<>(List.of(SamplePlans.runnable(), SamplePlans.inSync()));
    RunResult result = executor.applyLatest(SamplePlans.runnable(), CONTEXT, () -> plans.remove(0));

    assertThat(result.applied()).isEqualTo(6);
    assertThat(progress).noneMatch(l -> l.startsWith("The live tables changed"));
  }

  @Test
  void writesPendingThenOutcomeRowsInOrderWithDeltaVersions() {
    RunResult result = executor.apply(SamplePlans.runnable(), CONTEXT, converged);

    assertThat(history.writes()).containsExactly(
        "insert 1 PENDING", "update 1 APPLIED", "insert 2 PENDING", "update 2 APPLIED",
        "insert 3 PENDING", "update 3 APPLIED", "insert 4 PENDING", "update 4 APPLIED",
        "insert 5 PENDING", "update 5 APPLIED", "insert 6 PENDING", "update 6 APPLIED", "insert 7 SKIPPED");
    List<HistoryEntry> rows = history.rows();
    assertThat(rows).extracting(HistoryEntry::table).containsExactly("main.sales.customers", "main.sales.customers",
        "main.sales.orders", "main.sales.orders", "main.sales.orders", "main.sales.orders", "main.sales.orders");
    assertThat(rows).extracting(HistoryEntry::versionBefore).containsExactly(null, 0L, 4L, 5L, 6L, 7L, null);
    assertThat(rows).extracting(HistoryEntry::versionAfter).containsExactly(0L, 1L, 5L, 6L, 7L, 8L, null);
    assertThat(rows).extracting(HistoryEntry::changeCode)
        .containsExactly("LM001", "LM110", "LM104", "LM101", "LM104", "LM120", "LM130");
    assertThat(rows).extracting(HistoryEntry::durationMs).containsExactly(5L, 5L, 5L, 5L, 5L, 5L, 0L);
    HistoryEntry first = rows.get(0);
    assertThat(first.runId()).isEqualTo("run-1");
    assertThat(first.command()).isEqualTo("apply");
    assertThat(first.user()).isEqualTo("alice");
    assertThat(first.jobRunId()).isEqualTo("job-42");
    assertThat(first.declarationsChecksum()).isEqualTo("sha256:decl");
    assertThat(first.statement()).startsWith("CREATE TABLE `main`.`sales`.`customers`");
    assertThat(first.startedAt()).isAfterOrEqualTo(START);
    assertThat(first.endedAt()).isEqualTo(first.startedAt().plusMillis(5));

    assertThat(result.runId()).isEqualTo("run-1");
    assertThat(result.statements()).isEqualTo(rows);
    assertThat(result.applied()).isEqualTo(6);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(result.failed()).isZero();
    assertThat(result.totalDurationMs()).isEqualTo(30);
    assertThat(replans).hasValue(1);
  }

  @Test
  void skippedStatementsAreRecordedWithTheirReasonAndNeverRun() {
    Plan plan = SamplePlans.runnable();
    executor.apply(plan, CONTEXT, converged);
    assertThat(runner.executed()).containsExactlyElementsOf(
        plan.statements().stream().filter(PlannedStatement::runs).map(PlannedStatement::sql).toList());
    assertThat(runner.executed()).noneMatch(sql -> sql.contains("SET TAGS"));
    HistoryEntry skipped = history.rows().get(6);
    assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
    assertThat(skipped.error()).isEqualTo("tags exist only in Unity Catalog (skipped on open-source Delta)");
    assertThat(skipped.statement()).contains("SET TAGS");
  }

  @Test
  void printsAProgressLinePerStatement() {
    executor.apply(SamplePlans.runnable(), CONTEXT, converged);
    assertThat(progress).containsExactly(
        "[1/7] main.sales.customers  CREATE TABLE `main`.`sales`.`customers` ( … (5 ms)",
        "[2/7] main.sales.customers  ALTER TABLE `main`.`sales`.`customers` ADD CONSTRAINT `email_has_at` CHECK (em … (5 ms)",
        "[3/7] main.sales.orders  ALTER TABLE `main`.`sales`.`orders` SET TBLPROPERTIES ('delta.feature.allowCol … (5 ms)",
        "[4/7] main.sales.orders  ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`discount` DECIMAL(10,2), `no … (5 ms)",
        "[5/7] main.sales.orders  ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `note` SET DEFAULT '' (5 ms)",
        "[6/7] main.sales.orders  ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `amount` COMMENT 'Gross amoun … (5 ms)",
        "[7/7] main.sales.orders  ALTER TABLE `main`.`sales`.`orders` SET TAGS ('owner' = 'sales-data') SKIPPED (tags exist only in Unity Catalog (skipped on open-source Delta))");
  }

  @Test
  void aFailureStopsTheRunRecordsTheErrorAndLeavesLaterStatementsUntouched() {
    runner.failOn(3, "[DELTA_METADATA_CHANGED] MetadataChangedException: The metadata of the Delta table has been changed by a concurrent update.\nPlease try the operation again.");
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> executor.apply(SamplePlans.runnable(), CONTEXT, converged));

    assertThat(e.code()).isEqualTo(ErrorCode.APPLY_FAILED);
    assertThat(e.getMessage()).isEqualTo("Cannot apply statement 3 of 7 on main.sales.orders: [DELTA_METADATA_CHANGED]"
        + " MetadataChangedException: The metadata of the Delta table has been changed by a concurrent update."
        + " Please try the operation again. Fix the cause and run apply again: statements 1-2 are applied and recorded"
        + " in the ledger, and the next plan starts from the live state.");
    assertThat(e.getCause()).hasMessageStartingWith("[DELTA_METADATA_CHANGED]");
    assertThat(history.writes()).containsExactly("insert 1 PENDING", "update 1 APPLIED", "insert 2 PENDING",
        "update 2 APPLIED", "insert 3 PENDING", "update 3 FAILED");
    HistoryEntry failed = history.rows().get(2);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.error()).startsWith("[DELTA_METADATA_CHANGED] MetadataChangedException").contains("try the operation again");
    assertThat(failed.versionBefore()).isEqualTo(4L);
    assertThat(failed.versionAfter()).isEqualTo(4L);
    assertThat(runner.executed()).hasSize(2);
    assertThat(runner.calls()).isEqualTo(3);
    assertThat(runner.version(ORDERS)).isEqualTo(4L);
    assertThat(progress).hasSize(3).last().asString().startsWith("[3/7] main.sales.orders  ALTER TABLE").endsWith(" FAILED (5 ms)");
    assertThat(replans).hasValue(0);
    assertThat(lock.isHeld()).isFalse();
    assertThat(lock.events()).last().isEqualTo("release run-1");
  }

  @Test
  void aFailureOnTheFirstStatementSaysNothingWasApplied() {
    runner.failOn(1, "boom");
    assertThatThrownBy(() -> executor.apply(SamplePlans.runnable(), CONTEXT, converged))
        .hasMessage("Cannot apply statement 1 of 7 on main.sales.customers: boom. Fix the cause and run apply again:"
            + " nothing was applied, and the next plan starts from the live state.");
    assertThat(history.rows()).extracting(HistoryEntry::status).containsExactly(Status.FAILED);
    assertThat(history.rows().get(0).versionAfter()).isNull();
  }

  @Test
  void leftOverChangesAfterTheRunAreNotConvergedAndNameEachChange() {
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> executor.apply(SamplePlans.runnable(), CONTEXT, SamplePlans::longPlanOfTwo));
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED);
    assertThat(e.problems()).containsExactly("main.sales.events: LM101 add_column: Add column c1 INT",
        "main.sales.orders: LM101 add_column: Add column c2 INT");
    assertThat(e.getMessage()).startsWith("Cannot confirm apply: the live tables still differ from the declarations"
        + " after every statement ran (2 changes left over).");
    assertThat(history.rows()).extracting(HistoryEntry::status).doesNotContain(Status.FAILED, Status.PENDING);
    assertThat(lock.isHeld()).isFalse();
  }

  @Test
  void changesTheEngineCannotRunAreNotLeftOvers() {
    Plan tagsOnly = onlyTheSkippedTagChange(SamplePlans.runnable());
    assertThat(tagsOnly.changes()).hasSize(1);
    assertThat(executor.apply(SamplePlans.runnable(), CONTEXT, () -> tagsOnly).applied()).isEqualTo(6);
  }

  @Test
  void holdsTheLockForTheRunWithoutRenewingWhileTheLeaseIsYoung() {
    executor.apply(SamplePlans.runnable(), CONTEXT, converged);
    assertThat(lock.events()).as("7 quick steps: a renewal would be a lock-table commit per statement for nothing")
        .containsExactly("acquire run-1", "release run-1");
    assertThat(lock.lastLease()).isEqualTo(Duration.ofMinutes(10));
    assertThat(lock.lastWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(lock.isHeld()).isFalse();
  }

  @Test
  void renewsTheLeaseBetweenStatementsOnceAQuarterOfItHasPassed() {
    TickingClock slow = new TickingClock(START, Duration.ofMinutes(1));
    InMemoryLock slowLock = new InMemoryLock(slow);
    new Executor(runner, history, slowLock, Duration.ofHours(1), Duration.ZERO, progress::add, slow)
        .apply(SamplePlans.runnable(), CONTEXT, converged);
    List<String> events = slowLock.events();
    assertThat(events).first().isEqualTo("acquire run-1");
    assertThat(events).last().isEqualTo("release run-1");
    assertThat(events.subList(1, events.size() - 1)).as("a clock read is a minute, a statement a few: a renewal every few statements")
        .isNotEmpty().allMatch("renew run-1"::equals).hasSizeLessThan(6);
    // InMemoryLock refuses a renewal after the lease ran out: the run finishing shows it never did
  }

  @Test
  void aRunHeldByAnotherProcessIsLockedAndNothingRuns() {
    lock.acquire("run-0", Duration.ofMinutes(10), Duration.ZERO);
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> executor.apply(SamplePlans.runnable(), CONTEXT, converged));
    assertThat(e.code()).isEqualTo(ErrorCode.LOCKED);
    assertThat(e.getMessage()).startsWith("Cannot take the apply lock on memory: run run-0 holds it until ");
    assertThat(runner.calls()).isZero();
    assertThat(history.rows()).isEmpty();
  }

  @Test
  void anExpiredLeaseIsTakenOver() {
    lock.acquire("crashed", Duration.ofMinutes(1), Duration.ZERO);
    clock.advance(Duration.ofMinutes(2));
    assertThat(executor.apply(SamplePlans.runnable(), CONTEXT, converged).applied()).isEqualTo(6);
  }

  @Test
  void anInSyncPlanTouchesNothing() {
    RunResult result = executor.apply(SamplePlans.inSync(), CONTEXT, converged);
    assertThat(result.statements()).isEmpty();
    assertThat(lock.events()).isEmpty();
    assertThat(runner.calls()).isZero();
  }

  /** What a re-plan on open-source Delta finds after a successful run: only the tag it cannot set. */
  private static Plan onlyTheSkippedTagChange(Plan plan) {
    List<PlannedStatement> skipped = plan.statements().stream().filter(s -> !s.runs()).toList();
    return new Plan(plan.engine(),
        plan.changes().stream().filter(c -> skipped.stream().anyMatch(s -> s.sources().contains(c.change()))).toList(),
        skipped, List.of(), List.of(), List.of());
  }

  @Test
  void underTheLockAPlanAnotherRunAppliedRunsNothing() {
    RunResult result = executor.applyLatest(SamplePlans.runnable(), CONTEXT, converged);
    assertThat(result.statements()).isEmpty();
    assertThat(runner.calls()).isZero();
    assertThat(history.writes()).isEmpty();
    assertThat(lock.events()).isNotEmpty();
  }
}
