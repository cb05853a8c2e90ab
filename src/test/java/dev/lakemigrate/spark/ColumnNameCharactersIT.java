package dev.lakemigrate.spark;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Codes;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LM315 on real Delta: the engine does refuse such names without column mapping (top level and
 * nested), so the plan refuses them first; with column mapping declared they are created and added,
 * and read back exactly as written.
 */
class ColumnNameCharactersIT {
  private final MigrationHarness h = new MigrationHarness();

  @Test
  void deltaRefusesTheNamesWithoutColumnMappingAndThePlanSaysSoFirst() {
    assertThatThrownBy(() -> h.run("CREATE TABLE " + h.table("raw_top").toSql() + " (`unit price` STRING) USING DELTA"))
        .hasMessageContaining("invalid character");
    assertThatThrownBy(() -> h.run("CREATE TABLE " + h.table("raw_nested").toSql()
        + " (s STRUCT<`a;b`: INT>) USING DELTA")).hasMessageContaining("invalid character");

    Table plain = Table.builder(h.table("t")).column(Column.of("id", BIGINT)).column(Column.of("unit price", STRING)).build();
    Plan refused = h.plan(List.of(plain), PlanOptions.DEFAULT);
    assertThat(refused.blocked()).isTrue();
    assertThat(refused.changes()).singleElement()
        .satisfies(c -> assertThat(c.classification().code()).isEqualTo(Codes.NAME_NEEDS_COLUMN_MAPPING));
  }

  @Test
  void withColumnMappingTheNamesAreCreatedAddedAndReadBackAsWritten() {
    Table v1 = Table.builder(h.table("m")).column(Column.of("id", BIGINT)).column(Column.of("unit price", STRING))
        .property("delta.columnMapping.mode", "name").build();
    Plan create = h.plan(List.of(v1), PlanOptions.DEFAULT);
    assertThat(create.blocked()).isFalse();
    h.executor().apply(create, h.context(), () -> h.plan(List.of(v1), PlanOptions.DEFAULT));
    h.run("INSERT INTO " + h.table("m").toSql() + " VALUES (1, 'a'), (2, 'b')");
    var before = h.content("m");

    Table v2 = Table.builder(h.table("m")).column(Column.of("id", BIGINT)).column(Column.of("unit price", STRING))
        .column(Column.of("s", new StructType(List.of(new StructField("a;b", STRING, true, null),
            new StructField("c=d (e)", BIGINT, true, null)))))
        .property("delta.columnMapping.mode", "name").build();
    h.executor().apply(h.plan(List.of(v2), PlanOptions.DEFAULT), h.context(), () -> h.plan(List.of(v2), PlanOptions.DEFAULT));

    assertThat(h.live("m").columns()).extracting(Column::name).containsExactly("id", "unit price", "s");
    assertThat(h.live("m").column("s").orElseThrow().type()).isEqualTo(v2.column("s").orElseThrow().type());
    assertThat(h.plan(List.of(v2), PlanOptions.DEFAULT).inSync()).isTrue();
    assertThat(h.sql.query("SELECT count(*) AS n FROM " + h.table("m").toSql() + " WHERE s IS NULL").get(0).get("n"))
        .isEqualTo(2L);
    assertThat(h.sql.query("SELECT count(*) AS n, sum(CAST(hash(id, `unit price`) AS BIGINT)) AS h FROM "
        + h.table("m").toSql()).get(0)).isEqualTo(before);
  }
}
