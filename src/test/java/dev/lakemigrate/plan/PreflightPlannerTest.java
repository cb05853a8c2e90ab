package dev.lakemigrate.plan;

import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreflightPlannerTest {
  private static final String T = "`main`.`sales`.`orders`";

  private static Plan plan(Table live, Table declared, Engine engine) {
    return new Planner().plan(new Differ().diff(List.of(live), List.of(declared), false), engine, PlanOptions.DEFAULT);
  }

  @Test
  void tighteningCountsNullsAndACheckCountsFalseAndNullRows() {
    Table live = table("orders", col("id", PrimitiveType.BIGINT), col("amount", PrimitiveType.INT)).build();
    Table declared = table("orders", col("id", PrimitiveType.BIGINT).withNullable(false), col("amount", PrimitiveType.INT))
        .check(new CheckConstraint("amount_positive", "amount > 0")).build();

    assertThat(plan(live, declared, DATABRICKS).preflight()).containsExactly(
        new PreflightCheck(Models.name("orders"), "id", PreflightCheck.Kind.NULLS, "NULLs in column id",
            "SELECT count(*) AS n FROM " + T + " WHERE `id` IS NULL", null),
        new PreflightCheck(Models.name("orders"), null, PreflightCheck.Kind.CHECK_VIOLATIONS,
            "rows violating CHECK amount_positive (amount > 0)",
            "SELECT count(*) AS n FROM " + T + " WHERE NOT coalesce((amount > 0), false)", null));
  }

  @Test
  void aNotNullColumnCountsWhatItsBackfillLeavesNullAndACastRewriteCountsFailedCasts() {
    Table live = table("orders", col("id", PrimitiveType.BIGINT), col("code", PrimitiveType.STRING)).build();
    Table declared = table("orders", col("id", PrimitiveType.BIGINT), col("code", PrimitiveType.INT),
        col("region", PrimitiveType.STRING).withNullable(false).withBackfill("upper(code)")).build();

    assertThat(plan(live, declared, DATABRICKS).preflight()).extracting(PreflightCheck::kind, PreflightCheck::sql)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PreflightCheck.Kind.FAILED_CASTS,
                "SELECT count(*) AS n FROM " + T + " WHERE `code` IS NOT NULL AND try_cast(`code` AS INT) IS NULL"),
            org.assertj.core.groups.Tuple.tuple(PreflightCheck.Kind.BACKFILL_NULLS,
                "SELECT count(*) AS n FROM " + T + " WHERE (upper(code)) IS NULL"));
  }

  @Test
  void newTablesWideningsNullableAddsAndNestedFieldsNeedNoCheck() {
    Table live = table("orders", col("id", PrimitiveType.INT),
        col("addr", new StructType(List.of(new StructField("zip", PrimitiveType.INT, true, null))))).build();
    Table declared = table("orders", col("id", PrimitiveType.BIGINT), col("note", PrimitiveType.STRING),
        col("addr", new StructType(List.of(new StructField("zip", PrimitiveType.INT, false, null)))))
        .property("delta.enableTypeWidening", "true").build();
    Table created = table("fresh", col("id", PrimitiveType.INT).withNullable(false))
        .check(new CheckConstraint("id_positive", "id > 0")).build();

    assertThat(plan(live, declared, DELTA_44).preflight()).isEmpty();
    Plan creation = new Planner().plan(new Differ().diff(List.of(), List.of(created), false), DELTA_44, PlanOptions.DEFAULT);
    assertThat(creation.preflight()).isEmpty();
  }
}
