package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TypeParser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code type: ARRAY} with {@code element:} and {@code type: MAP} with {@code key:} / {@code value:}:
 * the same types as the type strings, with field renames at paths through {@code element} / {@code value}.
 */
class ElementFieldDeclarationTest {
  @TempDir Path dir;

  @Test
  void elementAndValueFormsGiveTheSameTypesAsTypeStrings() {
    Yaml.write(dir, Map.of("t.yaml", """
        table: t
        columns:
          - name: items
            type: ARRAY
            element:
              type: STRUCT
              fields:
                - {name: sku, type: STRING, nullable: false, comment: Stock unit}
                - {name: qty, type: INT}
          - name: attrs
            type: MAP
            key: STRING
            value:
              type: STRUCT
              fields: [{name: score, type: DOUBLE}]
          - {name: tags, type: ARRAY, element: {type: STRING}}
          - name: grid
            type: ARRAY
            element:
              type: array
              element: {type: STRUCT, fields: [{name: x, type: BIGINT}]}
          - name: s
            type: STRUCT
            fields:
              - name: lines
                type: ARRAY
                element: {type: STRUCT, fields: [{name: n, type: INT}]}
              - {name: m, type: MAP, key: INT, value: {type: MAP, key: STRING, value: {type: "DECIMAL(10,2)"}}}
        """));
    Table t = Yaml.load(dir).tables().get(0);
    assertThat(t.columns().stream().map(c -> c.type()).toList()).containsExactly(
        TypeParser.parse("ARRAY<STRUCT<sku: STRING NOT NULL COMMENT 'Stock unit', qty: INT>>"),
        TypeParser.parse("MAP<STRING, STRUCT<score: DOUBLE>>"),
        TypeParser.parse("ARRAY<STRING>"),
        TypeParser.parse("ARRAY<ARRAY<STRUCT<x: BIGINT>>>"),
        TypeParser.parse("STRUCT<lines: ARRAY<STRUCT<n: INT>>, m: MAP<INT, MAP<STRING, DECIMAL(10,2)>>>"));
    assertThat(t.columns()).allSatisfy(c -> assertThat(c.fieldRenames()).isEmpty());
  }

  @Test
  void renamesInsideElementsAndValuesAreKeptAtTheirDeclaredPaths() {
    Yaml.write(dir, Map.of("t.yaml", """
        table: t
        columns:
          - name: items
            type: ARRAY
            element:
              type: STRUCT
              fields:
                - {name: sku, type: STRING, renamed_from: code}
                - name: dims
                  type: ARRAY
                  element: {type: STRUCT, fields: [{name: width, type: INT, renamed_from: w}]}
          - name: attrs
            type: MAP
            key: STRING
            value:
              type: STRUCT
              fields: [{name: score, type: DOUBLE, renamed_from: points}]
        """));
    Table t = Yaml.load(dir).tables().get(0);
    assertThat(t.column("items").orElseThrow().fieldRenames()).containsExactly(
        Map.entry(FieldPath.of("items", "element", "sku"), "code"),
        Map.entry(FieldPath.of("items", "element", "dims", "element", "width"), "w"));
    assertThat(t.column("attrs").orElseThrow().fieldRenames())
        .containsExactly(Map.entry(FieldPath.of("attrs", "value", "score"), "points"));
    assertThat(t.column("items").orElseThrow().type())
        .isEqualTo(TypeParser.parse("ARRAY<STRUCT<sku: STRING, dims: ARRAY<STRUCT<width: INT>>>>"));
  }

  @Test
  void misplacedOrMissingPartsAreRefusedAtTheirLocation() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: "ARRAY<STRING>", element: {type: STRING}}
          - {name: b, type: STRUCT, fields: [{name: x, type: INT}], value: {type: INT}}
          - {name: c, type: ARRAY}
          - {name: d, type: MAP, value: {type: INT}}
          - {name: e, type: ARRAY, element: {type: INT, nullable: false}}
          - {name: f, type: ARRAY, element: STRING}
          - {name: g, type: MAP, key: "MAP<INT", value: {type: INT, comment: x}}
          - {name: h, type: ARRAY, element: {type: ARRAY, element: {fields: []}}}
        """)).containsExactly(
        "t.yaml:3:47: Cannot declare column a of table t: 'element' needs 'type: ARRAY' (without <…>), "
            + "not ARRAY<STRING>. Write 'type: ARRAY' and declare the element under 'element:', or remove "
            + "'element'.",
        "t.yaml:4:68: Cannot declare column b of table t: 'value' needs 'type: MAP' (without <…>), not "
            + "STRUCT. Write 'type: MAP' and declare the value under 'value:', or remove 'value'.",
        "t.yaml:5:21: Cannot declare column c of table t: type ARRAY needs 'element'. Declare the "
            + "element under 'element:', or write the type inline, e.g. ARRAY<STRING>.",
        "t.yaml:6:21: Cannot declare column d of table t: type MAP needs 'key'. Declare the key under "
            + "'key:', or write the type inline, e.g. MAP<STRING, INT>.",
        "t.yaml:7:49: Cannot declare element e.element of table t: whether elements or map values may be "
            + "null is not expressible in Spark DDL, so lakemigrate neither sets nor compares it. Remove "
            + "'nullable'.",
        "t.yaml:8:37: Cannot read 'element' in column f of table t: expected a mapping, got a string. "
            + "Change the value to a mapping.",
        "t.yaml:9:31: Cannot parse type 'MAP<INT' of key g.key of table t: expected ',' at offset 7. "
            + "Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or "
            + "STRUCT<name: STRING NOT NULL>.",
        "t.yaml:9:61: Cannot read key 'comment' in value g.value of table t: unknown key. Valid keys: "
            + "type, fields, element, key, value.",
        "t.yaml:10:60: Cannot declare element h.element.element of table t: required key 'type' is "
            + "missing. Add it.");
  }

  @Test
  void fieldsInsideElementsAreValidatedLikeStructFields() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - name: items
            type: ARRAY
            element:
              type: STRUCT
              fields:
                - {name: sku, type: STRING, renamed_from: sku}
                - {name: qty, type: INT, renamed_from: count}
                - {name: count, type: INT}
                - {name: QTY, type: INT}
                - {name: price, type: NUMBER}
          - name: attrs
            type: MAP
            key: STRING
            value:
              type: STRUCT
              fields: [{name: a, type: INT, renamed_from: old}, {name: b, type: INT, renamed_from: OLD}]
        """)).containsExactly(
        "t.yaml:8:51: Cannot rename field items.element.sku of table t: renamed_from names the field "
            + "itself (names are case-insensitive). Remove renamed_from.",
        "t.yaml:9:48: Cannot rename field items.element.count of table t to items.element.qty: field "
            + "items.element.count is also declared at t.yaml:10:18, so both names would exist after the "
            + "rename and every later plan would refuse it. Remove renamed_from, or remove the field declared "
            + "at t.yaml:10:18.",
        "t.yaml:11:18: Cannot declare column items.element.QTY twice in table t: it is already declared "
            + "at t.yaml:9:18. Remove or rename one (names are case-insensitive).",
        "t.yaml:12:31: Cannot parse type 'NUMBER' of field items.element.price of table t: unknown type "
            + "'NUMBER' at offset 0. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, "
            + "MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
        "t.yaml:18:92: Cannot rename field attrs.value.OLD of table t to attrs.value.b: field "
            + "attrs.value.a (at t.yaml:18:23) is already renamed from it. Keep renamed_from on one of them.");
  }
}
