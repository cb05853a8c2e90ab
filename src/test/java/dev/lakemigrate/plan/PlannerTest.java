package dev.lakemigrate.plan;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final String O = "`main`.`sales`.`orders`";
  private static final PlanOptions DESTRUCTIVE = new PlanOptions(true, Set.of(), false);

  private final Differ differ = new Differ();
  private final Planner planner = new Planner();

  private Plan plan(List<Table> live, List<Table> declared, Engine engine, PlanOptions options) {
    return planner.plan(differ.diff(live, declared, false), engine, options);
  }

  private static List<String> runnable(Plan plan) {
    return plan.statements().stream().filter(PlannedStatement::runs).map(PlannedStatement::sql).toList();
  }

  @Test
  void tablesInSyncGiveAnEmptyPlan() {
    Table t = table("orders", col("id", BIGINT)).build();
    Plan plan = plan(List.of(t), List.of(t), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(plan.inSync()).isTrue();
    assertThat(plan.statements()).isEmpty();
    assertThat(plan.blocked()).isFalse();
  }

  @Test
  void onOpenSourceDeltaANewTableCommentRidesInTheSetTblpropertiesItWouldFollow() {
    Table live = table("orders", col("id", BIGINT)).comment("old").build();
    Table declared = table("orders", col("id", BIGINT), col("note", STRING)).comment("it's new")
        .property("owner.team", "data").build();

    assertThat(runnable(plan(List.of(live), List.of(declared), DELTA_44, PlanOptions.DEFAULT))).containsExactly(
        "ALTER TABLE " + O + " SET TBLPROPERTIES ('owner.team' = 'data', 'comment' = 'it\\'s new')",
        "ALTER TABLE " + O + " ADD COLUMNS (`note` STRING)");
    assertThat(runnable(plan(List.of(live), List.of(declared), DATABRICKS, PlanOptions.DEFAULT))).containsExactly(
        "ALTER TABLE " + O + " SET TBLPROPERTIES ('owner.team' = 'data')",
        "ALTER TABLE " + O + " ADD COLUMNS (`note` STRING)",
        "COMMENT ON TABLE " + O + " IS 'it\\'s new'");
  }

  @Test
  void aTableCommentAloneOrRemovedStaysCommentOnTable() {
    Table live = table("orders", col("id", BIGINT)).comment("old").build();
    Table alone = table("orders", col("id", BIGINT)).comment("new").build();
    Table removed = table("orders", col("id", BIGINT)).property("k", "v").build();

    assertThat(runnable(plan(List.of(live), List.of(alone), DELTA_44, PlanOptions.DEFAULT)))
        .containsExactly("COMMENT ON TABLE " + O + " IS 'new'");
    assertThat(runnable(plan(List.of(live), List.of(removed), DELTA_44, PlanOptions.DEFAULT))).containsExactly(
        "ALTER TABLE " + O + " SET TBLPROPERTIES ('k' = 'v')", "COMMENT ON TABLE " + O + " IS NULL");
  }

  @Test
  void featuresFirstThenRenamesAddsModificationsAndDropsLast() {
    Table live = table("orders", col("id", INT), col("legacy", STRING), col("old_name", STRING), col("qty", INT))
        .check(new CheckConstraint("old_check", "qty > 0")).clustering(Clustering.of(List.of("legacy"))).build();
    Table declared = table("orders", col("id", BIGINT), col("new_name", STRING).withRenamedFrom("old_name"),
        col("qty", INT).withNullable(false), col("note", STRING).withDefault("'-'"), col("extra", INT))
        .check(new CheckConstraint("qty_pos", "qty >= 0")).clustering(Clustering.of(List.of("id")))
        .property("delta.columnMapping.mode", "name").property("delta.enableTypeWidening", "true")
        .removedProperty("stale").build();
    live = live.toBuilder().property("stale", "1").build();
    Plan plan = plan(List.of(live), List.of(declared), DATABRICKS, new PlanOptions(true, Set.of(), true));
    assertThat(plan.blockers()).isEmpty();
    assertThat(runnable(plan)).containsExactly(
        "ALTER TABLE " + O + " SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name',"
            + " 'delta.enableTypeWidening' = 'true', 'delta.feature.allowColumnDefaults' = 'supported')",
        "ALTER TABLE " + O + " DROP CONSTRAINT IF EXISTS `old_check`",
        "ALTER TABLE " + O + " RENAME COLUMN `old_name` TO `new_name`",
        "ALTER TABLE " + O + " ADD COLUMNS (`note` STRING, `extra` INT)",
        "ALTER TABLE " + O + " ALTER COLUMN `note` SET DEFAULT '-'",
        "ALTER TABLE " + O + " ALTER COLUMN `id` TYPE BIGINT",
        "ALTER TABLE " + O + " ALTER COLUMN `qty` SET NOT NULL",
        "ALTER TABLE " + O + " CLUSTER BY (`id`)",
        "ALTER TABLE " + O + " ADD CONSTRAINT `qty_pos` CHECK (qty >= 0)",
        "ALTER TABLE " + O + " UNSET TBLPROPERTIES IF EXISTS ('stale')",
        "ALTER TABLE " + O + " DROP COLUMNS (`legacy`)",
        "OPTIMIZE " + O);
    assertThat(plan.statements().get(0).comment()).isEqualTo("Set table property delta.columnMapping.mode of"
        + " main.sales.orders to name. Set table property delta.enableTypeWidening of main.sales.orders to true. Set"
        + " delta.feature.allowColumnDefaults for the statements that follow.");
    assertThat(plan.statements().get(0).sources()).extracting(SchemaChange::kind)
        .containsExactly("set_property", "set_property", "add_column");
    assertThat(plan.notes()).containsExactly(
        "Enables table feature allowColumnDefaults on main.sales.orders (irreversible: older readers and some"
            + " streaming consumers stop working).",
        "Enables table feature columnMapping on main.sales.orders (irreversible: older readers and some streaming"
            + " consumers stop working).",
        "Enables table feature typeWidening on main.sales.orders (irreversible: older readers and some streaming"
            + " consumers stop working).",
        "New clustering of main.sales.orders applies to new writes; OPTIMIZE main.sales.orders applies it to existing"
            + " data.");
  }

  @Test
  void aRenameRunsBeforeANewColumnTakesTheOldNameAndNeededFeaturesComeFirst() {
    Table live = Models.evolvable("orders", col("id", BIGINT), col("at", STRING)).build();
    Table declared = Models.evolvable("orders", col("id", BIGINT), col("at_text", STRING).withRenamedFrom("at"),
        col("at", dev.lakemigrate.model.PrimitiveType.TIMESTAMP_NTZ)).build();
    Plan plan = plan(List.of(live), List.of(declared), DELTA_44, PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    assertThat(runnable(plan)).containsExactly(
        "ALTER TABLE " + O + " SET TBLPROPERTIES ('delta.feature.timestampNtz' = 'supported')",
        "ALTER TABLE " + O + " RENAME COLUMN `at` TO `at_text`",
        "ALTER TABLE " + O + " ADD COLUMNS (`at` TIMESTAMP_NTZ)");
  }

  @Test
  void destructiveChangesBlockWithoutOptIn() {
    Table live = Models.evolvable("orders", col("id", BIGINT), col("legacy", STRING)).build();
    Table declared = Models.evolvable("orders", col("id", BIGINT)).build();
    Table other = table("scratch", col("x", INT)).build();
    Plan plan = planner.plan(differ.diff(List.of(live, other), List.of(declared), true), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(plan.blockers()).containsExactly(
        "LM201 Cannot drop column legacy of main.sales.orders: its data would be lost. Re-run with --allow-destructive"
            + " if that is intended.",
        "LM203 Cannot drop table main.sales.scratch: the table and its rows would be lost. Re-run with"
            + " --allow-destructive if that is intended.");
    Plan allowed = planner.plan(differ.diff(List.of(live, other), List.of(declared), true), DATABRICKS, DESTRUCTIVE);
    assertThat(allowed.blocked()).isFalse();
    assertThat(runnable(allowed)).containsExactly("ALTER TABLE " + O + " DROP COLUMNS (`legacy`)",
        "DROP TABLE `main`.`sales`.`scratch`");
  }

  @Test
  void everyUnsupportedChangeIsListedEvenWithOptIn() {
    Table live = table("orders", col("id", BIGINT), col("day", STRING), col("amount", BIGINT))
        .partitionColumns(List.of("day")).build();
    Table declared = table("orders", col("id", BIGINT), col("amount", INT)).build();
    Plan plan = plan(List.of(live), List.of(declared), DELTA_44, DESTRUCTIVE);
    assertThat(plan.blockers()).extracting(b -> b.substring(0, 5)).containsExactly("LM301", "LM304", "LM306");
    assertThat(plan.blocked()).isTrue();
  }

  @Test
  void foreignKeysComeAfterEveryCreateAndKeyDropsComeFirst() {
    PrimaryKey oldPk = new PrimaryKey("pk", List.of("id"), false);
    PrimaryKey newPk = new PrimaryKey("pk", List.of("id"), true);
    ForeignKey oldFk = new ForeignKey("fk_old", List.of("cid"), Models.name("legacy"), List.of("id"));
    ForeignKey toCustomers = new ForeignKey("fk_c", List.of("cid"), Models.name("customers"), List.of("id"));
    Table liveOrders = table("orders", col("id", BIGINT), col("cid", BIGINT)).primaryKey(oldPk).foreignKey(oldFk).build();
    Table orders = table("orders", col("id", BIGINT), col("cid", BIGINT)).primaryKey(newPk).foreignKey(toCustomers).build();
    Table lines = table("lines", col("oid", BIGINT))
        .foreignKey(new ForeignKey("fk_o", List.of("oid"), Models.name("orders"), List.of("id"))).build();
    Table customers = table("customers", col("id", BIGINT)).primaryKey(new PrimaryKey("c_pk", List.of("id"), false)).build();
    Plan plan = plan(List.of(liveOrders), List.of(orders, lines, customers), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    assertThat(runnable(plan)).containsExactly(
        "ALTER TABLE " + O + " DROP CONSTRAINT IF EXISTS `fk_old`",
        "ALTER TABLE " + O + " DROP CONSTRAINT IF EXISTS `pk`",
        "CREATE TABLE `main`.`sales`.`lines` (\n  `oid` BIGINT\n)\nUSING DELTA",
        "CREATE TABLE `main`.`sales`.`customers` (\n  `id` BIGINT\n)\nUSING DELTA",
        "ALTER TABLE `main`.`sales`.`customers` ADD CONSTRAINT `c_pk` PRIMARY KEY (`id`)",
        "ALTER TABLE " + O + " ADD CONSTRAINT `pk` PRIMARY KEY (`id`) RELY",
        "ALTER TABLE `main`.`sales`.`lines` ADD CONSTRAINT `fk_o` FOREIGN KEY (`oid`) REFERENCES " + O + " (`id`)",
        "ALTER TABLE " + O + " ADD CONSTRAINT `fk_c` FOREIGN KEY (`cid`) REFERENCES `main`.`sales`.`customers` (`id`)");
  }

  @Test
  void openSourceDeltaShowsUnityCatalogStatementsAsSkippedWithoutBlocking() {
    Table declared = table("orders", col("id", BIGINT).withNullable(false).withTags(java.util.Map.of("pii", "no")))
        .primaryKey(new PrimaryKey("pk", List.of("id"), false)).clustering(Clustering.AUTO).tag("team", "bi").build();
    Plan plan = plan(List.of(), List.of(declared), DELTA_44, PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    assertThat(runnable(plan)).containsExactly("CREATE TABLE " + O + " (\n  `id` BIGINT NOT NULL\n)\nUSING DELTA");
    assertThat(plan.statements()).filteredOn(s -> !s.runs()).extracting(PlannedStatement::skipReason).containsExactly(
        "skipped on open-source Delta 4.4: CLUSTER BY AUTO exists only on Databricks",
        "skipped on open-source Delta 4.4: PRIMARY KEY constraints exist only in Unity Catalog",
        "skipped on open-source Delta 4.4: tags exist only in Unity Catalog",
        "skipped on open-source Delta 4.4: tags exist only in Unity Catalog");
    Plan onDatabricks = plan(List.of(), List.of(declared), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(onDatabricks.statements()).allMatch(PlannedStatement::runs).hasSize(4);
  }

  @Test
  void keysTagsAndAutoClusteringOnAnExistingTableAreSkippedOnOpenSourceDelta() {
    Table live = table("orders", col("id", BIGINT).withNullable(false)).build();
    Table declared = table("orders", col("id", BIGINT).withNullable(false).withTags(java.util.Map.of("pii", "no")))
        .primaryKey(new PrimaryKey("pk", List.of("id"), true)).clustering(Clustering.AUTO).tag("team", "bi").build();
    Plan plan = plan(List.of(live), List.of(declared), DELTA_44, new PlanOptions(false, Set.of(), true));
    assertThat(plan.blocked()).isFalse();
    assertThat(plan.statements()).extracting(PlannedStatement::sql, PlannedStatement::runs).containsExactly(
        tuple("ALTER TABLE " + O + " CLUSTER BY AUTO", false),
        tuple("ALTER TABLE " + O + " ADD CONSTRAINT `pk` PRIMARY KEY (`id`) RELY", false),
        tuple("ALTER TABLE " + O + " ALTER COLUMN `id` SET TAGS ('pii' = 'no')", false),
        tuple("ALTER TABLE " + O + " SET TAGS ('team' = 'bi')", false));
    assertThat(plan.notes()).as("no OPTIMIZE note for a clustering the engine skips").isEmpty();
    Table unclustered = table("orders", col("id", BIGINT).withNullable(false)).clustering(Clustering.of(List.of("id"))).build();
    Plan none = plan(List.of(unclustered), List.of(live), DATABRICKS, new PlanOptions(false, Set.of(), true));
    assertThat(runnable(none)).containsExactly("ALTER TABLE " + O + " CLUSTER BY NONE");
    assertThat(none.notes()).isEmpty();
  }

  @Test
  void tighteningBlocksOnOpenSourceDeltaButNotOnDatabricks() {
    Table live = table("orders", col("id", BIGINT)).build();
    Table declared = table("orders", col("id", BIGINT).withNullable(false)).build();
    assertThat(plan(List.of(live), List.of(declared), DELTA_44, PlanOptions.DEFAULT).blockers()).containsExactly(
        "LM309 Cannot set NOT NULL on column id of main.sales.orders: open-source Delta 4.4 cannot tighten a column to"
            + " NOT NULL. Declare it nullable; or allow a guarded rebuild of orders: declare allow_rebuild: true in its"
            + " file, or run with --allow-rebuild orders.");
    Plan databricks = plan(List.of(live), List.of(declared), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(databricks.blocked()).isFalse();
    assertThat(runnable(databricks)).containsExactly("ALTER TABLE " + O + " ALTER COLUMN `id` SET NOT NULL");
  }

  @Test
  void notNullColumnIsAddedBackfilledAndTightenedOnDatabricks() {
    Table live = table("orders", col("id", BIGINT)).property("delta.feature.allowColumnDefaults", "supported").build();
    Table declared = table("orders", col("id", BIGINT), col("status", STRING).withNullable(false).withDefault("'new'")).build();
    Plan plan = plan(List.of(live), List.of(declared), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    assertThat(runnable(plan)).containsExactly(
        "ALTER TABLE " + O + " ADD COLUMNS (`status` STRING)",
        "ALTER TABLE " + O + " ALTER COLUMN `status` SET DEFAULT 'new'",
        "UPDATE " + O + " SET `status` = 'new' WHERE `status` IS NULL",
        "ALTER TABLE " + O + " ALTER COLUMN `status` SET NOT NULL");
    assertThat(plan.changes()).singleElement().extracting(c -> c.classification().code()).isEqualTo("LM103");
    assertThat(plan(List.of(live), List.of(declared), DELTA_44, PlanOptions.DEFAULT).blockers())
        .singleElement().asString().startsWith("LM310 ");
  }

  @Test
  void invisibleGenerationIsNotedNotCompared() {
    Table live = table("orders", col("id", BIGINT)).unknown(Aspect.GENERATED_COLUMNS).build();
    Table declared = table("orders", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, null))).build();
    Plan plan = plan(List.of(live), List.of(declared), DELTA_44, PlanOptions.DEFAULT);
    assertThat(plan.inSync()).isTrue();
    assertThat(plan.notes()).containsExactly(
        "Identity and generation expressions of main.sales.orders are not visible on open-source Delta and are not"
            + " compared.");
  }

  @Test
  void everyChangeIsInTheReportAndEveryRunnableStatementNamesItsSources() {
    Table live = table("orders", col("id", INT), col("a", STRING)).build();
    Table declared = table("orders", col("id", INT), col("a", STRING).withComment("x"), col("b", INT)).comment("t").build();
    Plan plan = plan(List.of(live), List.of(declared), DATABRICKS, PlanOptions.DEFAULT);
    assertThat(plan.changes()).extracting(c -> c.change().kind())
        .containsExactly("change_column_comment", "add_column", "change_table_comment");
    for (PlannedChange c : plan.changes()) assertThat(plan.statementsFor(c.change())).hasSize(1);
    assertThat(plan.tables()).containsExactly(Models.name("orders"));
  }
}
