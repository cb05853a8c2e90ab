package dev.lakemigrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields inside ARRAY elements and MAP values declared in the {@code element:} / {@code value:} form,
 * through the whole pure pipeline: YAML → loader → differ → planner. The live side is written with
 * type strings, as introspection sees it.
 */
class ElementRenamePlanTest {
  private static final String T = "`main`.`sales`.`t`";
  private static final String LIVE = """
      table: t
      columns:
        - {name: items, type: "ARRAY<STRUCT<code: STRING, qty: INT>>"}
        - {name: attrs, type: "MAP<STRING, STRUCT<points: INT>>"}
      table_properties: {delta.columnMapping.mode: name, delta.enableTypeWidening: true}
      """;

  @TempDir Path dir;

  @Test
  void renamesCommentsWideningAndAddsInsideElementsAndValuesRenderThroughTheirPaths() {
    Plan plan = plan(LIVE, """
        table: t
        columns:
          - name: items
            type: ARRAY
            element:
              type: STRUCT
              fields:
                - {name: sku, type: STRING, renamed_from: code, comment: Stock unit}
                - {name: qty, type: BIGINT}
                - {name: note, type: STRING}
          - name: attrs
            type: MAP
            key: STRING
            value:
              type: STRUCT
              fields: [{name: score, type: INT, renamed_from: points}]
        table_properties: {delta.columnMapping.mode: name, delta.enableTypeWidening: true}
        """);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
        "ALTER TABLE " + T + " RENAME COLUMN `items`.`element`.`code` TO `sku`",
        "ALTER TABLE " + T + " RENAME COLUMN `attrs`.`value`.`points` TO `score`",
        "ALTER TABLE " + T + " ADD COLUMNS (`items`.`element`.`note` STRING)",
        "ALTER TABLE " + T + " ALTER COLUMN `items`.`element`.`sku` COMMENT 'Stock unit'",
        "ALTER TABLE " + T + " ALTER COLUMN `items`.`element`.`qty` TYPE BIGINT");
  }

  @Test
  void theSameDeclarationWithoutRenamesPlansNothingAgainstTheRenamedTable() {
    String renamed = LIVE.replace("code:", "sku:").replace("points:", "score:");
    Plan plan = plan(renamed, """
        table: t
        columns:
          - {name: items, type: ARRAY, element: {type: STRUCT, fields: [{name: sku, type: STRING, renamed_from: code}, {name: qty, type: INT}]}}
          - {name: attrs, type: MAP, key: STRING, value: {type: STRUCT, fields: [{name: score, type: INT, renamed_from: points}]}}
        table_properties: {delta.columnMapping.mode: name, delta.enableTypeWidening: true}
        """);
    assertThat(plan.inSync()).as("a rename that has run plans nothing, so renamed_from can stay").isTrue();
  }

  private Plan plan(String live, String declared) {
    return new Planner().plan(new Differ().diff(load("live", live), load("declared", declared), false),
        Models.DELTA_44, new PlanOptions(false, Set.of(), false));
  }

  private List<Table> load(String name, String yaml) {
    try {
      Path sub = Files.createDirectories(dir.resolve(name));
      Files.writeString(sub.resolve("t.yaml"), yaml);
      return new DeclarationLoader(new Defaults("main", "sales")).load(sub).tables();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
