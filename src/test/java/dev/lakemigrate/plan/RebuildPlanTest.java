package dev.lakemigrate.plan;

import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RebuildPlanTest {
  private static final Table LIVE = table("orders", col("id", PrimitiveType.BIGINT), col("code", PrimitiveType.STRING))
      .partitionColumns(List.of("code")).build();
  private static final Table DECLARED = table("orders", col("id", PrimitiveType.BIGINT).withNullable(false),
      col("code", PrimitiveType.INT), col("flag", PrimitiveType.STRING).withNullable(false).withDefault("'n'")).build();

  private static Plan plan(Set<String> rebuild, Table declared) {
    return new Planner().plan(new Differ().diff(List.of(LIVE), List.of(declared), false), DELTA_44,
        new PlanOptions(false, rebuild, false));
  }

  @Test
  void withoutOptInWhatDeltaCannotDoInPlaceIsRefused() {
    Plan plan = plan(Set.of(), DECLARED);
    assertThat(plan.blocked()).isTrue();
    assertThat(plan.changes()).extracting(c -> c.classification().code())
        .contains(Codes.SET_NOT_NULL_UNSUPPORTED, Codes.TYPE_NOT_WIDENING, Codes.CHANGE_PARTITIONING,
            Codes.ADD_NOT_NULL_COLUMN_UNSUPPORTED);
  }

  @Test
  void withoutOptInEachFixSaysHowToAllowTheRebuild() {
    Plan plan = plan(Set.of(), DECLARED);
    String allow = "allow a guarded rebuild of orders: declare allow_rebuild: true in its file, or run with"
        + " --allow-rebuild orders";
    assertThat(plan.changes()).filteredOn(c -> RebuildSelector.REBUILDABLE.contains(c.classification().code()))
        .hasSize(4)
        .allSatisfy(c -> {
          assertThat(c.classification().fix()).endsWith("; or " + allow);
          assertThat(c.classification().message()).endsWith("; or " + allow + ".");
        });
    assertThat(plan.changes()).filteredOn(c -> c.classification().code().equals(Codes.CHANGE_PARTITIONING))
        .singleElement().satisfies(c -> assertThat(c.classification().message()).isEqualTo(
            "Cannot change partitioning of table main.sales.orders: [code] -> [] cannot change in place."
                + " Keep partitioned_by as it is; or " + allow + "."));
  }

  @Test
  void aTableAllowedByItsDeclarationIsRebuiltLikeOneNamedByTheOption() {
    Plan byOption = plan(Set.of("ORDERS"), DECLARED);
    Plan byDeclaration = new Planner().plan(new Differ().diff(List.of(LIVE), List.of(DECLARED), false), DELTA_44,
        PlanOptions.DEFAULT.allowingRebuildOf(List.of(DECLARED.name())));
    assertThat(byDeclaration.changes()).extracting(c -> c.classification().code()).containsOnly(Codes.REBUILD_TABLE);
    assertThat(byDeclaration.statements()).isEqualTo(byOption.statements());
  }

  @Test
  void anOptedInTableIsRebuiltCopyVerifySwap() {
    Plan plan = plan(Set.of("orders"), DECLARED);
    String t = "`main`.`sales`.`orders`";
    String copy = "`main`.`sales`.`_lm_new_orders`";
    String backup = RebuildRenderer.backupOf(LIVE, DECLARED).name();

    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.changes()).extracting(c -> c.classification().code()).containsOnly(Codes.REBUILD_TABLE);
    assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
        "DROP TABLE IF EXISTS " + copy,
        "CREATE TABLE " + copy + " (\n  `id` BIGINT NOT NULL,\n  `code` INT,\n  `flag` STRING NOT NULL DEFAULT 'n'\n)\n"
            + "USING DELTA\nTBLPROPERTIES ('delta.feature.allowColumnDefaults' = 'supported')",
        "INSERT INTO " + copy + " (`id`, `code`, `flag`)\nSELECT `id` AS `id`, CAST(`code` AS INT) AS `code`,"
            + " CAST(('n') AS STRING) AS `flag`\nFROM " + t,
        "SELECT raise_error('Cannot rebuild main.sales.orders: the copy in main.sales._lm_new_orders does not match"
            + " (row count, or a cast turned values NULL). The original is untouched; the next run drops the copy and"
            + " starts over') AS mismatch\nWHERE (SELECT count(*) FROM " + t + ") <> (SELECT count(*) FROM " + copy + ")\n"
            + "   OR (SELECT count(`code`) FROM " + t + ") <> (SELECT count(`code`) FROM " + copy + ")",
        "ALTER TABLE " + t + " RENAME TO `sales`.`" + backup + "`",
        "ALTER TABLE " + copy + " RENAME TO `sales`.`orders`");
    assertThat(backup).matches("_lm_backup_orders_[0-9a-f]{8}");
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("Rebuilds main.sales.orders:")
        .contains("new table id", "history restarts", "streaming readers", "main.sales." + backup));
    assertThat(plan.preflight()).extracting(PreflightCheck::kind).containsExactlyInAnyOrder(
        PreflightCheck.Kind.NULLS, PreflightCheck.Kind.FAILED_CASTS, PreflightCheck.Kind.BACKFILL_NULLS);
  }

  @Test
  void aNotNullColumnWithoutFillStaysRefusedEvenWithARebuild() {
    Table declared = table("orders", col("id", PrimitiveType.BIGINT), col("code", PrimitiveType.STRING),
        col("flag", PrimitiveType.STRING).withNullable(false)).partitionColumns(List.of("code")).build();
    Plan plan = plan(Set.of("*"), declared);
    assertThat(plan.changes()).extracting(c -> c.classification().code()).containsExactly(Codes.ADD_NOT_NULL_WITHOUT_BACKFILL);
    assertThat(plan.blocked()).isTrue();
  }
}
