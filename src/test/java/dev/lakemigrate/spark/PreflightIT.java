package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lakemigrate.apply.PreflightRunner;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.PreflightCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pre-flight data checks on real Delta: counted in the plan, and a failure stops apply before any DDL. */
class PreflightIT {

  @Test
  void aViolatedCheckStopsTheWholeRunAndEveryTableKeepsItsVersion() {
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("a").toSql() + " (id BIGINT, name STRING) USING DELTA");
    h.run("INSERT INTO " + h.table("a").toSql() + " VALUES (1, 'x'), (2, 'y')");
    h.run("CREATE TABLE " + h.table("b").toSql() + " (id BIGINT, amount INT) USING DELTA");
    // -5 violates; so does NULL: Delta's ADD CONSTRAINT counts a NULL result as a violation
    h.run("INSERT INTO " + h.table("b").toSql() + " VALUES (1, 10), (2, -5), (3, NULL)");
    Table a = h.declared("a").toBuilder().column(Column.of("note", PrimitiveType.STRING)).build();
    Table b = h.declared("b").toBuilder().check(new CheckConstraint("positive", "amount > 0")).build();
    long aBefore = h.version("a");
    long bBefore = h.version("b");
    Map<String, Object> bRows = h.content("b");

    Plan plan = h.plan(List.of(a, b), PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    Plan counted = new PreflightRunner(h.sql).attach(plan);

    PreflightCheck check = counted.preflight().get(0);
    assertThat(counted.preflight()).hasSize(1);
    assertThat(check.kind()).isEqualTo(PreflightCheck.Kind.CHECK_VIOLATIONS);
    assertThat(check.violations()).isEqualTo(2L);
    assertThat(counted.blockers()).containsExactly("Cannot add CHECK constraint on " + h.table("b")
        + ": pre-flight found 2 rows violating CHECK positive (amount > 0). Fix or delete the violating rows first,"
        + " or change the CHECK expression.");

    assertThatThrownBy(() -> h.executor().apply(plan, h.context(), () -> plan))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.PREFLIGHT_FAILED);
          assertThat(e.problems()).containsExactlyElementsOf(counted.blockers());
        });
    assertThat(h.version("a")).isEqualTo(aBefore);
    assertThat(h.version("b")).isEqualTo(bBefore);
    assertThat(h.content("b")).isEqualTo(bRows);
    assertThat(h.live("a").column("note")).isEmpty();
  }

  @Test
  void passingChecksLetTheRunThroughAndCastAndNullCountsAreExact() {
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("t").toSql() + " (id BIGINT, code STRING, amount INT) USING DELTA");
    h.run("INSERT INTO " + h.table("t").toSql() + " VALUES (1, '7', 1), (2, 'x', 2), (3, NULL, 3), (4, 'y', 4)");
    Table declared = h.declared("t").toBuilder()
        .check(new CheckConstraint("amount_positive", "amount > 0")).build();
    Table retyped = declared.toBuilder().columns(List.of(Column.of("id", PrimitiveType.BIGINT),
        Column.of("code", PrimitiveType.INT).withNullable(false), Column.of("amount", PrimitiveType.INT))).build();

    Plan cast = new PreflightRunner(h.sql).attach(h.plan(List.of(retyped), PlanOptions.DEFAULT));
    assertThat(cast.preflight()).extracting(PreflightCheck::kind, PreflightCheck::violations)
        .containsExactlyInAnyOrder(tuple(PreflightCheck.Kind.FAILED_CASTS, 2L), tuple(PreflightCheck.Kind.NULLS, 1L),
            tuple(PreflightCheck.Kind.CHECK_VIOLATIONS, 0L));

    Plan plan = h.plan(List.of(declared), PlanOptions.DEFAULT);
    h.executor().apply(plan, h.context(), () -> h.plan(List.of(declared), PlanOptions.DEFAULT));
    assertThat(h.live("t").checks()).extracting(CheckConstraint::name).containsExactly("amount_positive");
    assertThat(h.content("t").get("n")).isEqualTo(4L);
  }
}
