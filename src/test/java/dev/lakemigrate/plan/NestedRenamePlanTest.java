package dev.lakemigrate.plan;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.DOUBLE;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.evolvable;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Nested renames through the planner: classification, statements and their order, rebuilds. */
class NestedRenamePlanTest {
  private static final String T = "`main`.`sales`.`t`";

  private static Plan plan(Table live, Table declared, Set<String> rebuild) {
    return new Planner().plan(new Differ().diff(List.of(live), List.of(declared), false), DELTA_44,
        new PlanOptions(false, rebuild, false));
  }

  private static List<String> sql(Plan plan) {
    return plan.statements().stream().map(PlannedStatement::sql).toList();
  }

  private static StructType struct(StructField... fields) {
    return new StructType(List.of(fields));
  }

  private static StructField f(String name, dev.lakemigrate.model.DataType type) {
    return StructField.of(name, type);
  }

  private static Column addr(StructField... fields) {
    return col("addr", struct(fields));
  }

  @Test
  void aNestedRenameIsSafeWithColumnMappingAndRendersThePathQuoted() {
    Table live = evolvable("t", col("id", BIGINT), addr(f("zip`x", INT))).build();
    Table declared = evolvable("t", col("id", BIGINT),
        addr(f("post code", INT)).withFieldRenames(Map.of(FieldPath.of("addr", "post code"), "zip`x"))).build();
    Plan plan = plan(live, declared, Set.of());
    assertThat(plan.changes()).extracting(c -> c.classification().code(), c -> c.classification().message())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("LM105", "Rename field addr.zip`x of main.sales.t to post code."));
    assertThat(sql(plan)).containsExactly("ALTER TABLE " + T + " RENAME COLUMN `addr`.`zip``x` TO `post code`");
  }

  @Test
  void withoutColumnMappingANestedRenameIsRefusedWithTheFix() {
    Table live = table("t", addr(f("zip", INT))).build();
    Table declared = table("t", addr(f("postcode", INT)).withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip"))).build();
    Plan plan = plan(live, declared, Set.of());
    assertThat(plan.blocked()).isTrue();
    assertThat(plan.changes().get(0).classification().code()).isEqualTo("LM302");
    assertThat(plan.changes().get(0).classification().message()).isEqualTo("Cannot rename field addr.zip of main.sales.t"
        + " to postcode: the table does not use column mapping, which renaming a nested field needs. Declare the table"
        + " property delta.columnMapping.mode: name so column mapping is enabled first (irreversible: older readers and"
        + " some streaming consumers stop working).");
  }

  @Test
  void bothNamesLiveIsRefusedEvenUnderAnAncestorRenamedInTheSamePlan() {
    Table live = evolvable("t", col("address", struct(f("zip", INT), f("postcode", INT)))).build();
    Table declared = evolvable("t", addr(f("postcode", INT)).withRenamedFrom("address")
        .withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip"))).build();
    Plan plan = plan(live, declared, Set.of());
    assertThat(plan.changes()).extracting(c -> c.classification().code()).containsExactly("LM105", "LM303");
    assertThat(plan.changes().get(1).classification().message()).isEqualTo("Cannot rename field addr.zip of"
        + " main.sales.t to postcode: a field postcode already exists next to it. Remove renamed_from, or drop the"
        + " existing field in an earlier run.");
  }

  @Test
  void columnMappingIsEnabledFirstThenRenamesThenAddsAndChangesUnderTheNewNames() {
    Table live = table("t", addr(f("zip", INT), f("geo", struct(f("lat", DOUBLE)))))
        .property("delta.enableTypeWidening", "true").build();
    Table declared = table("t", addr(new StructField("postcode", BIGINT, true, "pc"), f("position", struct(f("latitude", DOUBLE),
        f("alt", DOUBLE)))).withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip",
            FieldPath.of("addr", "position"), "geo", FieldPath.of("addr", "position", "latitude"), "lat")))
        .property("delta.enableTypeWidening", "true").property("delta.columnMapping.mode", "name").build();
    Plan plan = plan(live, declared, Set.of());
    assertThat(plan.blocked()).isFalse();
    assertThat(sql(plan)).containsExactly(
        "ALTER TABLE " + T + " SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name')",
        "ALTER TABLE " + T + " RENAME COLUMN `addr`.`zip` TO `postcode`",
        "ALTER TABLE " + T + " RENAME COLUMN `addr`.`geo` TO `position`",
        "ALTER TABLE " + T + " RENAME COLUMN `addr`.`position`.`lat` TO `latitude`",
        "ALTER TABLE " + T + " ADD COLUMNS (`addr`.`position`.`alt` DOUBLE)",
        "ALTER TABLE " + T + " ALTER COLUMN `addr`.`postcode` TYPE BIGINT",
        "ALTER TABLE " + T + " ALTER COLUMN `addr`.`postcode` COMMENT 'pc'");
    assertThat(plan.changes()).anySatisfy(c -> assertThat(c.classification().enabledFeatures()).containsExactly("columnMapping"));
  }

  @Test
  void aRebuildCopiesStructsByFieldNameHonouringNestedRenames() {
    Table live = evolvable("t", col("id", BIGINT), addr(f("zip", INT), f("city", STRING)),
        col("items", new ArrayType(struct(f("sku", STRING)))), col("attrs", new MapType(STRING, struct(f("score", INT)))))
        .partitionColumns(List.of("id")).build();
    Table declared = evolvable("t", col("id", BIGINT),
        addr(f("city", STRING), f("postcode", BIGINT), f("note", STRING))
            .withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip")),
        col("items", new ArrayType(struct(f("code", STRING))))
            .withFieldRenames(Map.of(FieldPath.of("items", "element", "code"), "sku")),
        col("attrs", new MapType(STRING, struct(f("points", INT))))
            .withFieldRenames(Map.of(FieldPath.of("attrs", "value", "points"), "score"))).build();
    Plan plan = plan(live, declared, Set.of("t"));
    assertThat(plan.blockers()).isEmpty();
    assertThat(sql(plan)).anySatisfy(s -> assertThat(s).startsWith("INSERT INTO").contains(
        "SELECT `id` AS `id`, CASE WHEN `addr` IS NULL THEN NULL ELSE named_struct('city', `addr`.`city`,"
            + " 'postcode', CAST(`addr`.`zip` AS BIGINT), 'note', CAST(NULL AS STRING)) END AS `addr`,"
            + " transform(`items`, `_lm_e1` -> CASE WHEN `_lm_e1` IS NULL THEN NULL ELSE named_struct('code',"
            + " `_lm_e1`.`sku`) END) AS `items`, transform_values(`attrs`, (`_lm_k1`, `_lm_v1`) -> CASE WHEN"
            + " `_lm_v1` IS NULL THEN NULL ELSE named_struct('points', `_lm_v1`.`score`) END) AS `attrs`"));
  }

  @Test
  void preflightChecksRunBeforeTheRenameSoTheyNameTheLiveColumn() {
    Table live = evolvable("t", col("amount", INT), col("code", STRING)).build();
    Table declared = evolvable("t", col("total", INT).withNullable(false).withRenamedFrom("amount"),
        col("num", INT).withRenamedFrom("code")).build();
    Plan plan = new Planner().plan(new Differ().diff(List.of(live), List.of(declared), false), Models.DATABRICKS,
        new PlanOptions(false, Set.of("t"), false));
    assertThat(plan.preflight()).extracting(PreflightCheck::sql).containsExactlyInAnyOrder(
        "SELECT count(*) AS n FROM " + T + " WHERE `amount` IS NULL",
        "SELECT count(*) AS n FROM " + T + " WHERE `code` IS NOT NULL AND try_cast(`code` AS INT) IS NULL");
  }
}
