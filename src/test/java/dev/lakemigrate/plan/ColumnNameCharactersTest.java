package dev.lakemigrate.plan;

import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.evolvable;
import static dev.lakemigrate.plan.Models.table;
import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNameCharactersTest {
  private static final String FIX = "Declare the table property delta.columnMapping.mode: name so column mapping is"
      + " enabled first (irreversible: older readers and some streaming consumers stop working), or choose a name"
      + " without those characters";

  private static Plan plan(List<Table> live, Table declared) {
    return new Planner().plan(new Differ().diff(live, List.of(declared), false), DELTA_44, PlanOptions.DEFAULT);
  }

  private static StructType struct(StructField... fields) {
    return new StructType(List.of(fields));
  }

  @Test
  void aNewTableWithSuchANameNeedsColumnMappingInItsProperties() {
    Table declared = table("t", col("id", BIGINT), col("unit price", STRING)).build();
    Plan refused = plan(List.of(), declared);
    assertThat(refused.blocked()).isTrue();
    assertThat(refused.changes()).singleElement().satisfies(c -> {
      assertThat(c.classification().code()).isEqualTo(Codes.NAME_NEEDS_COLUMN_MAPPING);
      assertThat(c.classification().message()).isEqualTo("Cannot create main.sales.t: the name unit price holds one of"
          + " the characters space , ; { } ( ) newline tab =, which Delta accepts in column and field names only with"
          + " column mapping. " + FIX + ".");
      assertThat(c.classification().fix()).isEqualTo(FIX);
    });
    Table mapped = table("t", col("id", BIGINT), col("unit price", STRING)).property("delta.columnMapping.mode", "name").build();
    assertThat(plan(List.of(), mapped).blocked()).isFalse();
  }

  @Test
  void nestedNamesCountInsideStructsArraysAndMaps() {
    for (var type : List.of(
        struct(new StructField("a;b", STRING, true, null)),
        new ArrayType(struct(new StructField("x", struct(new StructField("c{d}", STRING, true, null)), true, null))),
        new MapType(STRING, struct(new StructField("e=f", STRING, true, null))))) {
      Plan p = plan(List.of(), table("t", col("v", type)).build());
      assertThat(p.changes()).as(type.toSql()).singleElement()
          .satisfies(c -> assertThat(c.classification().code()).isEqualTo(Codes.NAME_NEEDS_COLUMN_MAPPING));
    }
    Plan plain = plan(List.of(), table("t", col("v", struct(new StructField("dotted.name-and_dash", STRING, true, null)))).build());
    assertThat(plain.blocked()).as("dots and dashes are fine without column mapping").isFalse();
  }

  @Test
  void anAddedColumnOrFieldNeedsColumnMappingLiveOrDeclaredInTheSamePlan() {
    Table live = table("t", col("id", BIGINT), col("s", struct(new StructField("a", STRING, true, null)))).build();
    Table declared = table("t", col("id", BIGINT), col("s", struct(new StructField("a", STRING, true, null),
        new StructField("b c", STRING, true, null))), col("tab\there", STRING)).build();
    Plan refused = plan(List.of(live), declared);
    assertThat(refused.changes()).extracting(c -> c.classification().code())
        .containsExactly(Codes.NAME_NEEDS_COLUMN_MAPPING, Codes.NAME_NEEDS_COLUMN_MAPPING);
    assertThat(refused.changes()).extracting(c -> c.classification().message()).anySatisfy(m -> assertThat(m)
        .startsWith("Cannot add to main.sales.t: the name s.b c holds one of the characters"));

    Table declaredWithMapping = table("t", col("id", BIGINT), col("s", struct(new StructField("a", STRING, true, null),
        new StructField("b c", STRING, true, null))), col("tab\there", STRING))
        .property("delta.columnMapping.mode", "name").build();
    Plan enabledFirst = plan(List.of(live), declaredWithMapping);
    assertThat(enabledFirst.blocked()).isFalse();
    assertThat(enabledFirst.statements().get(0).sql()).contains("'delta.columnMapping.mode' = 'name'");

    Table mappedLive = evolvable("t", col("id", BIGINT)).build();
    Table mappedDeclared = evolvable("t", col("id", BIGINT), col("a b", STRING)).build();
    assertThat(plan(List.of(mappedLive), mappedDeclared).blocked()).isFalse();
    assertThat(new Planner().plan(new Differ().diff(List.of(live), List.of(declared), false), DATABRICKS,
        PlanOptions.DEFAULT).blocked()).as("Databricks has the same rule").isTrue();
  }
}
