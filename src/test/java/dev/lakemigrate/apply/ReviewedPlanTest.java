package dev.lakemigrate.apply;

import static dev.lakemigrate.report.SamplePlans.CUSTOMERS;
import static dev.lakemigrate.report.SamplePlans.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.report.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedPlanTest {
  private static final Table LIVE_ORDERS = Table.builder(ORDERS).comment("Orders")
      .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false))
      .column(Column.of("amount", PrimitiveType.INT))
      .check(new CheckConstraint("amount_positive", "amount > 0"))
      .property("delta.columnMapping.mode", "name")
      .property("delta.enableTypeWidening", "true")
      .tag("owner", "sales")
      .build();

  private final Plan plan = SamplePlans.runnable();

  @Test
  void roundTripsThroughJson(@TempDir Path dir) throws Exception {
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), dir.resolve("plan.json").toString());
    reviewed.write(dir.resolve("plan.json"));
    ReviewedPlan read = ReviewedPlan.read(dir.resolve("plan.json"));
    assertThat(read).isEqualTo(reviewed);
    assertThat(read.steps()).isEqualTo(ExecutionStep.of(plan));
    assertThat(read.id()).startsWith("sha256:").hasSize(7 + 64);
    assertThat(read.tables()).containsExactly(CUSTOMERS, ORDERS);
    assertThat(read.fingerprint().tables()).containsEntry(CUSTOMERS, LiveFingerprint.ABSENT);
    assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(reviewed.toJson());
  }

  @Test
  void theSameInputsGiveTheSameFileAndId() {
    String first = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "a.json").toJson();
    Table reordered = reorderedCopy(LIVE_ORDERS);
    assertThat(ReviewedPlan.of(SamplePlans.runnable(), List.of(reordered), "b.json").toJson()).isEqualTo(first);
    dev.lakemigrate.report.Golden.assertMatches("reviewed/plan.json", first);
  }

  @Test
  void anUnchangedLiveStateVerifies() {
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json");
    reviewed.verify(LiveFingerprint.of(reviewed.tables(), List.of(reorderedCopy(LIVE_ORDERS))));
    Table written = LIVE_ORDERS.toBuilder().property("delta.lastCommitTimestamp", "1763712000000")
        .property("delta.lastUpdateVersion", "17").build();
    reviewed.verify(LiveFingerprint.of(reviewed.tables(), List.of(written)));
  }

  @Test
  void aChangedTableMakesThePlanStale() {
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json");
    Table handEdited = LIVE_ORDERS.toBuilder().column(Column.of("added_by_hand", PrimitiveType.STRING)).build();
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> reviewed.verify(LiveFingerprint.of(reviewed.tables(), List.of(handEdited))));
    assertThat(e.code()).isEqualTo(ErrorCode.REVIEWED_PLAN_STALE);
    assertThat(e).hasMessage("Cannot apply reviewed plan plan.json: live state of main.sales.orders changed since the"
        + " plan was made. Run plan again and review the new plan.");
  }

  @Test
  void everyAspectOfATableCountsForStaleness() {
    List<Table> variants = List.of(
        LIVE_ORDERS.toBuilder().comment("other").build(),
        LIVE_ORDERS.toBuilder().columns(List.of(LIVE_ORDERS.columns().get(1), LIVE_ORDERS.columns().get(0))).build(),
        LIVE_ORDERS.toBuilder().columns(List.of(LIVE_ORDERS.columns().get(0), Column.of("amount", PrimitiveType.BIGINT))).build(),
        LIVE_ORDERS.toBuilder().columns(List.of(LIVE_ORDERS.columns().get(0), Column.of("amount", PrimitiveType.INT).withComment("c"))).build(),
        LIVE_ORDERS.toBuilder().check(new CheckConstraint("more", "id > 0")).build(),
        LIVE_ORDERS.toBuilder().property("delta.enableTypeWidening", "false").build(),
        LIVE_ORDERS.toBuilder().tag("pii", "no").build(),
        LIVE_ORDERS.toBuilder().partitionColumns(List.of("id")).build());
    String original = LiveFingerprint.canonical(LIVE_ORDERS);
    assertThat(variants).allSatisfy(v -> assertThat(LiveFingerprint.canonical(v)).isNotEqualTo(original));
  }

  @Test
  void aTableCreatedSinceThePlanMakesItStale() {
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json");
    Table created = Table.builder(CUSTOMERS).column(Column.of("id", PrimitiveType.BIGINT)).build();
    assertThatThrownBy(() -> reviewed.verify(LiveFingerprint.of(reviewed.tables(), List.of(LIVE_ORDERS, created))))
        .hasMessageContaining("live state of main.sales.customers changed since the plan was made");
  }

  @Test
  void anEditedFileIsRefused() {
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json");
    String edited = reviewed.toJson().replace("ADD COLUMNS (`discount`", "ADD COLUMNS (`discount_renamed`");
    assertThat(edited).isNotEqualTo(reviewed.toJson());
    LakemigrateException e = catchThrowableOfType(LakemigrateException.class,
        () -> ReviewedPlan.fromJson(edited, "plan.json"));
    assertThat(e.code()).isEqualTo(ErrorCode.REVIEWED_PLAN_STALE);
    assertThat(e).hasMessage("Cannot apply reviewed plan plan.json: its statements do not match its id " + reviewed.id()
        + ", so it was edited after it was written. Run plan --out again and review the new file.");
  }

  @Test
  void aFileThatIsNotAReviewedPlanIsAUsageError() {
    assertThatThrownBy(() -> ReviewedPlan.fromJson("{\"format_version\": 1}", "x.json"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE))
        .hasMessage("Cannot read reviewed plan x.json: it lacks format_version 1, id, fingerprint or statements."
            + " Pass a file written by plan --out.");
    assertThatThrownBy(() -> ReviewedPlan.fromJson("not json", "x.json"))
        .hasMessageStartingWith("Cannot read reviewed plan x.json: it is not reviewed-plan JSON (");
    assertThatThrownBy(() -> ReviewedPlan.fromJson("{\"format_version\": 1, \"id\": \"x\", \"fingerprint\": [],"
        + " \"statements\": [{\"index\": 1, \"table\": [\"a\"], \"sql\": \"SELECT 1\"}]}", "x.json"))
        .hasMessageStartingWith("Cannot read reviewed plan x.json: a statement or table entry is malformed (");
  }

  @Test
  void aBlockedPlanCannotBeReviewedForApply() {
    assertThatThrownBy(() -> ReviewedPlan.of(SamplePlans.refused(), List.of(), "plan.json"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REFUSED));
  }

  @Test
  void applyRunsExactlyTheReviewedStatementsAndRecordsThePlanId() {
    TickingClock clock = new TickingClock(ExecutorTest.START, Duration.ofMillis(5));
    RecordingSqlRunner runner = new RecordingSqlRunner().withTable(ORDERS, 4);
    InMemoryHistoryStore history = new InMemoryHistoryStore();
    Executor executor = executor(runner, history, clock);
    ReviewedPlan reviewed = ReviewedPlan.fromJson(ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json").toJson(), "plan.json");

    RunResult result = executor.applyReviewed(reviewed,
        () -> LiveFingerprint.of(reviewed.tables(), List.of(LIVE_ORDERS)), ExecutorTest.CONTEXT, SamplePlans::inSync);

    assertThat(runner.executed()).containsExactlyElementsOf(
        reviewed.steps().stream().filter(ExecutionStep::runs).map(ExecutionStep::sql).toList());
    assertThat(result.applied()).isEqualTo(6);
    assertThat(history.rows()).extracting(HistoryEntry::reviewedPlan).containsOnly(reviewed.id());
    assertThat(history.rows()).extracting(HistoryEntry::changeCode).contains("LM001", "LM101", "LM130");
  }

  @Test
  void applyOfAStalePlanRunsNothingAndReleasesTheLock() {
    TickingClock clock = new TickingClock(ExecutorTest.START, Duration.ofMillis(5));
    RecordingSqlRunner runner = new RecordingSqlRunner();
    InMemoryHistoryStore history = new InMemoryHistoryStore();
    InMemoryLock lock = new InMemoryLock(clock);
    Executor executor = new Executor(runner, history, lock, Duration.ofMinutes(1), Duration.ZERO, line -> {}, clock);
    ReviewedPlan reviewed = ReviewedPlan.of(plan, List.of(LIVE_ORDERS), "plan.json");
    Table handEdited = LIVE_ORDERS.toBuilder().comment("edited by hand").build();

    assertThatThrownBy(() -> executor.applyReviewed(reviewed,
        () -> LiveFingerprint.of(reviewed.tables(), List.of(handEdited)), ExecutorTest.CONTEXT, SamplePlans::inSync))
        .hasMessageStartingWith("Cannot apply reviewed plan plan.json: live state of main.sales.orders changed");
    assertThat(runner.calls()).isZero();
    assertThat(history.rows()).isEmpty();
    assertThat(lock.isHeld()).isFalse();
    assertThat(lock.events()).containsExactly("acquire run-1", "release run-1");
  }

  private static Executor executor(RecordingSqlRunner runner, InMemoryHistoryStore history, TickingClock clock) {
    return new Executor(runner, history, new InMemoryLock(clock), Duration.ofMinutes(1), Duration.ZERO,
        new ArrayList<String>()::add, clock);
  }

  /** The same table with properties, tags and checks read in another order. */
  private static Table reorderedCopy(Table t) {
    Table.Builder b = Table.builder(t.name()).comment(t.comment()).columns(t.columns());
    List<String> keys = new ArrayList<>(t.properties().keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> b.property(k, t.properties().get(k)));
    t.tags().forEach(b::tag);
    List<CheckConstraint> checks = new ArrayList<>(t.checks());
    java.util.Collections.reverse(checks);
    checks.forEach(b::check);
    return b.build();
  }
}
