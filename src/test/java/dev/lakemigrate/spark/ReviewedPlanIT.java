package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.ReviewedPlan;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reviewed plans on real Delta: refused after a hand-made change to a table it touches, refused when
 * rows written since the review fail its pre-flight checks, and recorded in the ledger when applied.
 */
class ReviewedPlanIT {

  @Test
  void staleOrViolatedReviewedPlansAreRefusedAndAnAppliedOneIsRecorded() {
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("t").toSql() + " (id BIGINT, amount INT) USING DELTA");
    h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (1, 10), (2, 20)");
    Table declared = h.declared("t").toBuilder().column(Column.of("note", PrimitiveType.STRING))
        .check(new CheckConstraint("amount_positive", "amount > 0")).build();

    // 1. a hand-made change after the review: refused, nothing of the plan runs
    ReviewedPlan first = review(h, declared);
    h.run("ALTER TABLE " + h.table("t").toSql() + " ADD COLUMNS (hand INT)");
    long version = h.version("t");
    Map<String, Object> rows = h.content("t");
    assertThatThrownBy(() -> applyReviewed(h, first, declared))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.REVIEWED_PLAN_STALE);
          assertThat(e.getMessage()).isEqualTo("Cannot apply reviewed plan plan.json: live state of " + h.table("t")
              + " changed since the plan was made. Run plan again and review the new plan.");
        });
    assertThat(h.version("t")).isEqualTo(version);
    assertThat(h.content("t")).isEqualTo(rows);
    h.run("ALTER TABLE " + h.table("t").toSql() + " SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name')");
    h.run("ALTER TABLE " + h.table("t").toSql() + " DROP COLUMN hand");

    // 2. rows written after the review violate its CHECK: the definition is unchanged, the data is not
    ReviewedPlan second = review(h, declared);
    h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (3, -1)");
    long afterInsert = h.version("t");
    assertThatThrownBy(() -> applyReviewed(h, second, declared))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PREFLIGHT_FAILED));
    assertThat(h.version("t")).isEqualTo(afterInsert);
    h.run("DELETE FROM " + h.table("t").toSql() + " WHERE amount < 0");

    // 3. applied: every ledger row of the run names the reviewed plan
    ReviewedPlan third = review(h, declared);
    applyReviewed(h, third, declared);
    assertThat(h.live("t").column("note")).isPresent();
    assertThat(h.content("t").get("n")).isEqualTo(2L);
    List<HistoryEntry> ledger = DeltaHistoryStore.inSchema(h.sql, "spark_catalog", h.schema).recentRuns(1);
    assertThat(ledger).isNotEmpty().allSatisfy(e -> assertThat(e.reviewedPlan()).isEqualTo(third.id()));
  }

  private static ReviewedPlan review(MigrationHarness h, Table declared) {
    Plan plan = h.plan(List.of(declared), PlanOptions.DEFAULT);
    assertThat(plan.preflight()).hasSize(1);
    ReviewedPlan written = ReviewedPlan.of(plan, h.live(), "plan.json");
    return ReviewedPlan.fromJson(written.toJson(), "plan.json");
  }

  private static void applyReviewed(MigrationHarness h, ReviewedPlan reviewed, Table declared) {
    h.executor().applyReviewed(reviewed, () -> h.fingerprint(reviewed.tables()), h.context(),
        () -> h.plan(List.of(declared), PlanOptions.DEFAULT));
  }
}
