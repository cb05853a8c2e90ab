package dev.lakemigrate.plan;

import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_33;
import static dev.lakemigrate.plan.Models.DELTA_40;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.IntervalType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.VarcharType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of a representative type list, per engine, against the rule table written out by hand. */
class TypeWideningTest {
  private static final List<DataType> TYPES = new ArrayList<>();

  static {
    for (PrimitiveType.Kind k : PrimitiveType.Kind.values()) TYPES.add(new PrimitiveType(k));
    for (int[] ps : new int[][] {{5, 2}, {7, 2}, {7, 4}, {10, 0}, {12, 2}, {20, 0}, {22, 2}, {38, 0}}) {
      TYPES.add(new DecimalType(ps[0], ps[1]));
    }
    TYPES.add(new CharType(3));
    TYPES.add(new VarcharType(5));
    TYPES.add(new IntervalType(IntervalType.Field.DAY, IntervalType.Field.DAY));
  }

  private static final String DECIMALS_FOR_INT = "DECIMAL(10,0) DECIMAL(12,2) DECIMAL(20,0) DECIMAL(22,2) DECIMAL(38,0)";

  private static final Set<String> DELTA_3 = pairs(
      "TINYINT", "SMALLINT INT",
      "SMALLINT", "INT");

  private static final Set<String> DELTA_4 = pairs(
      "TINYINT", "SMALLINT INT BIGINT DOUBLE " + DECIMALS_FOR_INT,
      "SMALLINT", "INT BIGINT DOUBLE " + DECIMALS_FOR_INT,
      "INT", "BIGINT DOUBLE " + DECIMALS_FOR_INT,
      "BIGINT", "DECIMAL(20,0) DECIMAL(22,2) DECIMAL(38,0)",
      "FLOAT", "DOUBLE",
      "DATE", "TIMESTAMP_NTZ",
      "DECIMAL(5,2)", "DECIMAL(7,2) DECIMAL(7,4) DECIMAL(12,2) DECIMAL(22,2)",
      "DECIMAL(7,2)", "DECIMAL(12,2) DECIMAL(22,2)",
      "DECIMAL(10,0)", "DECIMAL(12,2) DECIMAL(20,0) DECIMAL(22,2) DECIMAL(38,0)",
      "DECIMAL(12,2)", "DECIMAL(22,2)",
      "DECIMAL(20,0)", "DECIMAL(22,2) DECIMAL(38,0)");

  @Test
  void delta33WidensOnlyTheByteShortIntChain() {
    assertMatrix(DELTA_33, DELTA_3);
  }

  @Test
  void delta4AndDatabricksHaveTheFullRuleTable() {
    assertMatrix(DELTA_40, DELTA_4);
    assertMatrix(DELTA_44, DELTA_4);
    assertMatrix(DATABRICKS, DELTA_4);
  }

  @Test
  void nestedTypesWidenWhenEveryPartDoes() {
    DataType i = PrimitiveType.INT;
    DataType l = PrimitiveType.BIGINT;
    DataType s = PrimitiveType.STRING;
    assertThat(TypeWidening.isWidening(new ArrayType(i), new ArrayType(l), DELTA_44)).isTrue();
    assertThat(TypeWidening.isWidening(new ArrayType(i), new ArrayType(l), DELTA_33)).isFalse();
    assertThat(TypeWidening.isWidening(new ArrayType(PrimitiveType.TINYINT), new ArrayType(i), DELTA_33)).isTrue();
    assertThat(TypeWidening.isWidening(new ArrayType(i), new ArrayType(s), DELTA_44)).isFalse();
    assertThat(TypeWidening.isWidening(new MapType(s, i), new MapType(s, l), DELTA_44)).isTrue();
    assertThat(TypeWidening.isWidening(new MapType(i, s), new MapType(l, s), DELTA_44)).isTrue();
    assertThat(TypeWidening.isWidening(new MapType(s, l), new MapType(s, i), DELTA_44)).isFalse();
    StructType from = new StructType(List.of(StructField.of("a", i), StructField.of("b", s)));
    assertThat(TypeWidening.isWidening(from, new StructType(List.of(StructField.of("A", l), StructField.of("b", s))), DELTA_44))
        .isTrue();
    assertThat(TypeWidening.isWidening(from, new StructType(List.of(StructField.of("x", l), StructField.of("b", s))), DELTA_44))
        .as("a renamed field is not a widening").isFalse();
    assertThat(TypeWidening.isWidening(from, new StructType(List.of(StructField.of("a", l))), DELTA_44))
        .as("a dropped field is not a widening").isFalse();
    assertThat(TypeWidening.isWidening(new ArrayType(i), new ArrayType(i), DELTA_44)).as("no change").isFalse();
  }

  private static void assertMatrix(Engine engine, Set<String> expected) {
    List<String> widening = new ArrayList<>();
    for (DataType from : TYPES) {
      for (DataType to : TYPES) {
        if (TypeWidening.isWidening(from, to, engine)) widening.add(from.toSql() + " -> " + to.toSql());
      }
    }
    assertThat(widening).as(engine.describe()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Set<String> pairs(String... fromAndTos) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i = 0; i < fromAndTos.length; i += 2) {
      for (String to : fromAndTos[i + 1].split(" ")) out.add(fromAndTos[i] + " -> " + to);
    }
    return out;
  }
}
