package dev.lakemigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.IntervalType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.VarcharType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSchemaJsonParserTest {

  @Test
  void readsEveryDeltaTypeAndRestoresCharVarcharAtEveryDepth() {
    SparkSchemaJsonParser.ParsedSchema parsed = SparkSchemaJsonParser.parse(Fixtures.text("all-types.schema.json"));

    assertThat(parsed.generationVisible()).isFalse();
    assertThat(parsed.columns()).containsExactly(
        Column.of("c", new CharType(3)).withComment("cc"),
        Column.of("v", new VarcharType(10)).withNullable(false),
        Column.of("s", new StructType(List.of(
            new StructField("a", new VarcharType(5), true, "in"),
            new StructField("b_c", PrimitiveType.INT, false, null)))),
        Column.of("ar", new ArrayType(new CharType(2))),
        Column.of("m", new MapType(PrimitiveType.STRING, new VarcharType(4))),
        Column.of("d", new DecimalType(12, 3)),
        Column.of("n", PrimitiveType.TIMESTAMP_NTZ),
        Column.of("va", PrimitiveType.VARIANT),
        Column.of("ts", PrimitiveType.TIMESTAMP),
        Column.of("dt", PrimitiveType.DATE),
        Column.of("bi", PrimitiveType.BINARY),
        Column.of("ti", PrimitiveType.TINYINT),
        Column.of("sh", PrimitiveType.SMALLINT),
        Column.of("f", PrimitiveType.FLOAT),
        Column.of("dd", PrimitiveType.DOUBLE),
        Column.of("b", PrimitiveType.BOOLEAN),
        Column.of("p", PrimitiveType.INT));
  }

  @Test
  void readsNestedCommentsNullabilityAndDefaults() {
    List<Column> columns = SparkSchemaJsonParser.parse(Fixtures.text("nested-comments-defaults.schema.json")).columns();

    assertThat(columns).extracting(Column::name)
        .containsExactly("n5", "id", "s", "a", "x", "arr", "m", "n1", "n2", "n3");
    assertThat(columns.get(1)).isEqualTo(Column.of("id", PrimitiveType.BIGINT).withNullable(false));
    assertThat(columns.get(2).comment()).isEqualTo("new");
    assertThat(columns.get(3).type()).isEqualTo(new StructType(List.of(
        new StructField("x", PrimitiveType.INT, true, "nested"),
        StructField.of("z", PrimitiveType.STRING),
        StructField.of("y", PrimitiveType.STRING))));
    assertThat(columns.get(5).type()).isEqualTo(new ArrayType(new StructType(List.of(
        new StructField("x", PrimitiveType.INT, true, "nested arr"),
        StructField.of("y", PrimitiveType.INT)))));
    assertThat(columns.get(6).type()).isEqualTo(new MapType(PrimitiveType.STRING, new StructType(List.of(
        StructField.of("x", PrimitiveType.INT), StructField.of("y", PrimitiveType.INT)))));
    assertThat(columns.get(7).comment()).isEqualTo("it's");
    assertThat(columns.get(8).defaultExpression()).isEqualTo("'z'");
    assertThat(columns.get(9).defaultExpression()).isNull();
  }

  @Test
  void readsIntervalsAndNestedQueryTypes() {
    List<Column> columns = SparkSchemaJsonParser.parse(Fixtures.text("query-values.schema.json")).columns();

    Map<String, Object> types = new java.util.LinkedHashMap<>();
    columns.forEach(c -> types.put(c.name(), c.type()));
    assertThat(types).containsEntry("aa", new ArrayType(new ArrayType(PrimitiveType.INT)))
        .containsEntry("m", new MapType(PrimitiveType.STRING, new ArrayType(PrimitiveType.INT)))
        .containsEntry("ym", new IntervalType(IntervalType.Field.YEAR, IntervalType.Field.MONTH))
        .containsEntry("ds", new IntervalType(IntervalType.Field.DAY, IntervalType.Field.SECOND))
        .containsEntry("dec", new DecimalType(3, 1))
        .containsEntry("v", PrimitiveType.VARIANT);
    assertThat(columns).allMatch(c -> !c.nullable());
  }

  @Test
  void usesIdentityAndGenerationMetadataWhenTheSourceShowsIt() {
    SparkSchemaJsonParser.ParsedSchema parsed =
        SparkSchemaJsonParser.parse(Fixtures.text("delta-log-identity-generated.schema.json"));

    assertThat(parsed.generationVisible()).isTrue();
    assertThat(parsed.columns()).extracting(Column::generated).containsExactly(
        new Generated.Identity(true, 1L, 1L), null, new Generated.Expression("x * 2"), null);
    assertThat(parsed.columns().get(3).defaultExpression()).isEqualTo("'a'");
  }

  @Test
  void identityByDefaultWhenExplicitInsertsAreAllowed() {
    String json = "{\"type\":\"struct\",\"fields\":[{\"name\":\"id\",\"type\":\"long\",\"nullable\":true,\"metadata\":"
        + "{\"delta.identity.step\":5,\"delta.identity.allowExplicitInsert\":true,\"delta.identity.start\":10}}]}";

    assertThat(SparkSchemaJsonParser.parse(json).columns().get(0).generated())
        .isEqualTo(new Generated.Identity(false, 10L, 5L));
  }

  @Test
  void refusesATypeItDoesNotKnowNamingTheColumn() {
    String json = "{\"type\":\"struct\",\"fields\":[{\"name\":\"g\",\"type\":\"geometry(4326)\",\"nullable\":true,\"metadata\":{}}]}";

    assertThatThrownBy(() -> SparkSchemaJsonParser.parse(json))
        .hasMessage("Cannot read type of column g: geometry(4326) is not a type lakemigrate knows."
            + " Change the column to a supported type or leave the table out with --tables.");
  }

  @Test
  void catalogStringsParseWithQuotedAndBareFieldNames() {
    assertThat(CatalogTypeParser.parse("struct<`a``b`:varchar(5),c-d:map<string,array<char(2)>>,e:decimal(5,2)>"))
        .isEqualTo(new StructType(List.of(
            StructField.of("a`b", new VarcharType(5)),
            StructField.of("c-d", new MapType(PrimitiveType.STRING, new ArrayType(new CharType(2)))),
            StructField.of("e", new DecimalType(5, 2)))));
    assertThatThrownBy(() -> CatalogTypeParser.parse("array<int"))
        .hasMessageStartingWith("Cannot read Spark type array<int: unexpected text at position 9.");
  }
}
