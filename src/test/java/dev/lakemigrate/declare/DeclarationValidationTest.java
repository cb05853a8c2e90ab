package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.TableName;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation rule, with the exact text users see (file:line:column, what is wrong, the fix). */
class DeclarationValidationTest {
  @TempDir Path dir;

  private static final String TYPE_HINT = "Write a Spark SQL type such as BIGINT, DECIMAL(18,2),"
      + " ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.";

  @Test
  void reportsEveryProblemAtOnceUnderOneHeadline() {
    Yaml.write(dir, Map.of("t.yaml", "table: t\ncolums: []\n"));
    assertThatThrownBy(() -> Yaml.load(dir))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DECLARATIONS);
          assertThat(e.problems()).hasSize(2);
          assertThat(e.getMessage()).startsWith("Cannot load declarations: 2 problems" + System.lineSeparator() + "- ");
        });
  }

  @Test
  void unknownKeysSuggestTheNearestValidKey() {
    assertThat(Yaml.problems(dir, """
        table: t
        colums: []
        columns:
          - {name: a, type: INT, nulable: true}
          - {name: b, type: INT, foreign_key: {table: t, colunm: a}}
        xyzzy: 1
        """)).containsExactly(
        "t.yaml:2:1: Cannot read key 'colums' in table t: unknown key. Did you mean 'columns'?",
        "t.yaml:4:26: Cannot read key 'nulable' in column a of table t: unknown key. Did you mean 'nullable'?",
        "t.yaml:5:39: Cannot declare the foreign_key of column b of table t: required key 'column' is missing. Add it.",
        "t.yaml:5:50: Cannot read key 'colunm' in the foreign_key of column b of table t: unknown key. Did you mean 'column'?",
        "t.yaml:6:1: Cannot read key 'xyzzy' in table t: unknown key. Valid keys: table, catalog, schema,"
            + " description, comment, columns, primary_key, check_constraints, liquid_clustering,"
            + " partitioned_by, table_properties, tags, allow_rebuild.");
  }

  @Test
  void missingKeysAndWrongScalarTypes() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {type: INT}
          - {name: a, type: INT, nullable: "yes"}
          - {name: b, type: 5}
          - {name: c, type: INT, comment: ""}
          - plain
        primary_key: {columns: a, rely: 1}
        """)).containsExactly(
        "t.yaml:3:5: Cannot declare a column of table t: required key 'name' is missing. Add it.",
        "t.yaml:4:36: Cannot read 'nullable' in column a of table t: expected true or false, got a string. Change the value to true or false.",
        "t.yaml:5:21: Cannot read 'type' in column b of table t: expected a string, got a number. Change the value to a string.",
        "t.yaml:6:35: Cannot read 'comment' in column c of table t: the value is empty. Write a value or remove the key.",
        "t.yaml:7:5: Cannot read 'columns' in table t: expected a mapping per column, got a string. Change the value to a mapping per column.",
        "t.yaml:8:24: Cannot read 'columns' in the primary_key of table t: expected a list of column names, got a string. Change the value to a list of column names.",
        "t.yaml:8:33: Cannot read 'rely' in the primary_key of table t: expected true or false, got a number. Change the value to true or false.");
    assertThat(Yaml.problems(dir, "table: t\n")).containsExactly(
        "t.yaml:1:1: Cannot declare table t: required key 'columns' is missing. Add it.");
  }

  @Test
  void duplicateTablesAcrossFilesAndDuplicateColumns() {
    Yaml.write(dir, Map.of(
        "a.yaml", "table: Orders\ncolumns:\n  - {name: id, type: INT}\n  - {name: ID, type: INT}\n",
        "b/c.yaml", "tables:\n  - table: orders\n    columns: [{name: id, type: INT}]\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "a.yaml:4:12: Cannot declare column ID twice in table Orders: it is already declared at"
            + " a.yaml:3:12. Remove or rename one (names are case-insensitive).",
        "b/c.yaml:2:12: Cannot declare table main.sales.orders twice: it is already declared at"
            + " a.yaml:1:8. Remove or rename one (table names are case-insensitive).");
  }

  @Test
  void aDuplicateColumnIsReportedEvenWhenTheFirstCannotBeRead() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: INTEGR}
          - {name: A, type: INT}
        """)).containsExactly(
        "t.yaml:3:21: Cannot parse type 'INTEGR' of column a of table t: unknown type 'INTEGR' at offset 0."
            + " Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or"
            + " STRUCT<name: STRING NOT NULL>.",
        "t.yaml:4:12: Cannot declare column A twice in table t: it is already declared at t.yaml:3:12."
            + " Remove or rename one (names are case-insensitive).");
  }

  @Test
  void unparseableTypesAndStructFields() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: "MAP<STRING>"}
          - {name: b, type: STRNG}
          - {name: c, type: STRUCT}
          - {name: d, type: INT, fields: []}
          - name: e
            type: STRUCT
            fields:
              - {name: x, type: INT}
              - {name: X, type: INT}
              - {name: y, type: "ARRAY<>"}
        """)).containsExactly(
        "t.yaml:3:21: Cannot parse type 'MAP<STRING>' of column a of table t: expected ',' at offset 10. " + TYPE_HINT,
        "t.yaml:4:21: Cannot parse type 'STRNG' of column b of table t: unknown type 'STRNG' at offset 0. Did you mean STRING?",
        "t.yaml:5:21: Cannot declare column c of table t: type STRUCT needs 'fields'. List the fields"
            + " under 'fields:', or write the type inline, e.g. STRUCT<city: STRING>.",
        "t.yaml:6:34: Cannot declare column d of table t: 'fields' needs type STRUCT, not INT. Set 'type: STRUCT' or remove 'fields'.",
        "t.yaml:11:16: Cannot declare column e.X twice in table t: it is already declared at t.yaml:10:16."
            + " Remove or rename one (names are case-insensitive).",
        "t.yaml:12:25: Cannot parse type 'ARRAY<>' of field e.y of table t: expected a type name at offset 6. " + TYPE_HINT);
  }

  @Test
  void layoutColumnsMustExistAndFitClustering() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: INT}
          - {name: b, type: BINARY}
          - {name: m, type: "MAP<STRING,STRING>"}
          - {name: s, type: "STRUCT<x: INT>"}
          - {name: v, type: VARIANT}
          - {name: ok, type: BOOLEAN}
          - {name: bad, type: nope}
        liquid_clustering: [a, b, m, s, v, ok, nope, bad]
        partitioned_by: [zz]
        """)).containsExactly(
        "t.yaml:9:23: Cannot parse type 'nope' of column bad of table t: unknown type 'NOPE' at offset 0. " + TYPE_HINT,
        "t.yaml:10:20: Cannot cluster table t by 8 columns: Delta allows at most 4. Keep the 4 columns queries filter on most.",
        "t.yaml:10:24: Cannot cluster table t by column b: Delta keeps no statistics for type BINARY. Cluster by a numeric, string, date or timestamp column.",
        "t.yaml:10:27: Cannot cluster table t by column m: Delta keeps no statistics for type MAP<STRING,STRING>. Cluster by a numeric, string, date or timestamp column.",
        "t.yaml:10:30: Cannot cluster table t by column s: Delta keeps no statistics for type STRUCT<`x`: INT>. Cluster by a numeric, string, date or timestamp column.",
        "t.yaml:10:33: Cannot cluster table t by column v: Delta keeps no statistics for type VARIANT. Cluster by a numeric, string, date or timestamp column.",
        "t.yaml:10:36: Cannot cluster table t by column ok: Delta keeps no statistics for type BOOLEAN. Cluster by a numeric, string, date or timestamp column.",
        "t.yaml:10:40: Cannot use column nope in liquid_clustering of table t: no such column. Declare the column or fix the name.",
        "t.yaml:11:17: Cannot declare both liquid_clustering and partitioned_by on table t: Delta does not combine them. Keep liquid_clustering and remove partitioned_by.",
        "t.yaml:11:18: Cannot use column zz in partitioned_by of table t: no such column. Declare the column or fix the name.");
    assertThat(Yaml.problems(dir, "table: t\ncolumns: [{name: a, type: \"ARRAY<INT>\"}]\npartitioned_by: [a]\n")).containsExactly(
        "t.yaml:3:18: Cannot partition table t by column a: type ARRAY<INT> cannot be a partition column. Partition by a column of an atomic type, or use liquid_clustering.");
    assertThat(Yaml.problems(dir, "table: t\ncolumns: []\n")).containsExactly(
        "t.yaml:2:10: Cannot declare table t: it has no columns. Declare at least one column.");
    assertThat(Yaml.problems(dir, "table: t\ncolumns: [{name: a, type: INT}]\nliquid_clustering: sometimes\n")).containsExactly(
        "t.yaml:3:20: Cannot read 'liquid_clustering' in table t: expected a list of column names or auto, got a string. Change the value to a list of column names or auto.");
  }

  @Test
  void keysMustExistAndBeNotNull() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: BIGINT}
          - {name: b, type: BIGINT, nullable: false}
        primary_key: {columns: [a, b, c]}
        """)).containsExactly(
        "t.yaml:5:25: Cannot use nullable column a in primary_key of table t: key columns must be NOT NULL. Set 'nullable: false' on the column.",
        "t.yaml:5:31: Cannot use column c in primary_key of table t: no such column. Declare the column or fix the name.");
  }

  @Test
  void foreignKeysReferenceADeclaredPrimaryKey() {
    Yaml.write(dir, Map.of("p.yaml", """
        table: parent
        columns:
          - {name: id, type: BIGINT, nullable: false}
          - {name: other, type: BIGINT}
        primary_key: {columns: [id]}
        """, "c.yaml", """
        table: child
        columns:
          - {name: a, type: BIGINT, foreign_key: {table: parent, column: id}}
          - {name: b, type: BIGINT, foreign_key: {table: elsewhere.parent, column: id}}
          - {name: c, type: BIGINT, foreign_key: {table: parent, column: nope}}
          - {name: d, type: BIGINT, foreign_key: {table: parent, column: other}}
          - {name: e, type: BIGINT, foreign_key: {table: a.b.c.d, column: id}}
        """));
    assertThat(Yaml.problems(dir)).containsExactly(
        "c.yaml:4:50: Cannot reference table main.elsewhere.parent from the foreign_key of column b in table child: no such table is declared. Declare it, or qualify the name as schema.table or catalog.schema.table.",
        "c.yaml:5:66: Cannot reference column nope of table main.sales.parent from the foreign_key of column c in table child: no such column. Fix the column name.",
        "c.yaml:6:66: Cannot reference column other of table main.sales.parent from the foreign_key of column d in table child: a foreign key must reference the primary key. Declare 'primary_key: {columns: [other]}' on main.sales.parent.",
        "c.yaml:7:50: Cannot parse table reference 'a.b.c.d': too many parts. Write table, schema.table or catalog.schema.table.");
  }

  @Test
  void generatedColumns() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: INT, generated: ALWAYS AS IDENTITY}
          - {name: b, type: BIGINT, generated: ALWAYS AS IDENTITY, default: "1"}
          - {name: c, type: BIGINT, generated: SOMETIMES}
          - {name: d, type: BIGINT, generated: "BY DEFAULT AS IDENTITY (INCREMENT BY 0)"}
          - {name: e, type: INT, generated: "ALWAYS AS (a) ; DROP TABLE t; SELECT (1)"}
        """)).containsExactly(
        "t.yaml:3:37: Cannot declare identity column a in table t with type INT: identity columns must be BIGINT. Change the type to BIGINT.",
        "t.yaml:4:40: Cannot declare both 'generated' and 'default' on column b in table t: a generated column computes its own value. Remove 'default'.",
        "t.yaml:5:40: Cannot parse 'generated: SOMETIMES' of column c in table t: unknown form. Write ALWAYS AS IDENTITY, BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1) or ALWAYS AS (<expression>).",
        "t.yaml:6:40: Cannot declare identity column d in table t: INCREMENT BY 0 never advances. Use a non-zero step.",
        "t.yaml:7:37: Cannot use the generation of column e of table t as a SQL expression: unbalanced ')' at offset 1. Write exactly one expression.");
  }

  @Test
  void expressionsMustBeSingleExpressions() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: STRING, default: "'x'; DROP TABLE t"}
          - {name: b, type: STRING, check: "b IN ('a;b', b.`c;d`) -- ;\\n OR b /* ; */ IS NULL"}
          - {name: c, type: STRING, backfill: "concat('x', 'y'"}
          - {name: d, type: STRING, check: "d = 'it\\\\'s; fine'"}
          - {name: e, type: STRING, default: "'open"}
        check_constraints:
          - {name: two, expression: "1 = 1; SELECT 1"}
          - {name: fine, expression: "a IS NOT NULL"}
          - {name: FINE, expression: "b IS NOT NULL"}
          - {name: empty, expression: "  "}
        """)).containsExactly(
        "t.yaml:3:38: Cannot use the default of column a of table t as a SQL expression: ';' at offset 3 ends the statement. Write exactly one expression.",
        "t.yaml:5:39: Cannot use the backfill of column c of table t as a SQL expression: a '(' is never closed. Write exactly one expression.",
        "t.yaml:7:38: Cannot use the default of column e of table t as a SQL expression: unterminated string literal at offset 0. Write exactly one expression.",
        "t.yaml:9:29: Cannot use check constraint two of table t as a SQL expression: ';' at offset 5 ends the statement. Write exactly one expression.",
        "t.yaml:11:12: Cannot declare check constraint FINE twice in table t: it is already declared at t.yaml:10:12. Rename one (constraint names are case-insensitive).",
        "t.yaml:12:31: Cannot read 'expression' in a check constraint of table t: the value is empty. Write a value or remove the key.");
  }

  @Test
  void checksMayOnlyNameDeclaredColumns() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: status, type: STRING, check: "staus IN ('a', 'b') AND length(status) > 0"}
          - {name: addr, type: "STRUCT<city: STRING>", check: "addr.city IS NOT NULL AND `addr`.city <> ''"}
          - {name: tags, type: "ARRAY<STRING>", check: "exists(tags, t -> t IS NOT NULL)"}
          - {name: d, type: DATE, check: "d >= DATE '2020-01-01' AND d < current_date + INTERVAL 1 DAY"}
          - {name: n, type: INT, check: "CAST(n AS BIGINT) BETWEEN 0 AND 10 OR n IS NULL"}
          - {name: bad, type: NOPE}
        check_constraints:
          - {name: range, expression: "`start` <= `end` AND bad IS NULL"}
        """)).containsExactly(
        "t.yaml:3:41: Cannot use column staus in the check of column status of table t: no such column. Declare the column or fix the name.",
        "t.yaml:8:23: Cannot parse type 'NOPE' of column bad of table t: unknown type 'NOPE' at offset 0. " + TYPE_HINT,
        "t.yaml:10:31: Cannot use column start in check constraint range of table t: no such column. Declare the column or fix the name.",
        "t.yaml:10:31: Cannot use column end in check constraint range of table t: no such column. Declare the column or fix the name.");
  }

  @Test
  void tablePropertiesInTheDeltaNamespaceMustBeKnown() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns: [{name: a, type: INT}]
        table_properties:
          delta.enableChangeDataFed: "true"
          delta.constraints.positive: "a > 0"
          delta.feature.columnMaping: supported
          delta.feature.columnMapping: on
          delta.wholly.unknown: x
          delta.columnmapping.mode: name
          my.own: [1]
        """)).containsExactly(
        "t.yaml:4:3: Cannot set table property delta.enableChangeDataFed on table t: unknown Delta property. Did you mean delta.enableChangeDataFeed?",
        "t.yaml:5:3: Cannot set table property delta.constraints.positive on table t: CHECK constraints are not properties. Declare it under check_constraints.",
        "t.yaml:6:3: Cannot set table property delta.feature.columnMaping on table t: unknown table feature. Did you mean delta.feature.columnMapping?",
        "t.yaml:7:3: Cannot set table property delta.feature.columnMapping to 'on' on table t: a table feature can only be set to 'supported'. Set it to 'supported'.",
        "t.yaml:8:3: Cannot set table property delta.wholly.unknown on table t: unknown Delta property. Use a property listed in docs/yaml-format.md, or a key outside the delta. prefix.",
        "t.yaml:10:11: Cannot read 'table_properties.my.own' in table t: expected a string, got a list. Change the value to a string.");
  }

  @Test
  void reservedAndQualifiedTableNames() {
    assertThat(Yaml.problems(dir, """
        tables:
          - {table: _lakemigrate_history, columns: [{name: a, type: INT}]}
          - {table: s.t, columns: [{name: a, type: INT}]}
          - 5
        catalgo: x
        """)).containsExactly(
        "t.yaml:2:13: Cannot declare table _lakemigrate_history: names starting with '_' are reserved for lakemigrate. Rename the table.",
        "t.yaml:3:13: Cannot declare table 's.t': the name contains '.'. Put the schema and catalog under 'schema:' and 'catalog:'.",
        "t.yaml:4:5: Cannot read 'tables' in the file: expected a mapping per table, got a number. Change the value to a mapping per table.",
        "t.yaml:5:1: Cannot read key 'catalgo' in the file: unknown key. Did you mean 'catalog'?");
  }

  @Test
  void aMissingOrEmptyDirectoryIsRefused() {
    assertThatThrownBy(() -> Yaml.load(dir.resolve("nope")))
        .hasMessageEndingWith("nope: Cannot load declarations: no such directory. Pass the directory that holds the table YAML files.");
    assertThatThrownBy(() -> Yaml.load(dir))
        .hasMessageContaining(": Cannot load declarations: no *.yaml or *.yml file found. Add one file per table, or pass the directory that holds them.");
  }

  @Test
  void allowRebuildIsAPerTableSwitch() {
    Yaml.write(dir, Map.of(
        "a.yaml", "table: a\nallow_rebuild: true\ncolumns: [{name: id, type: INT}]\n",
        "b.yaml", "table: b\nallow_rebuild: false\ncolumns: [{name: id, type: INT}]\n",
        "c.yaml", "table: c\ncolumns: [{name: id, type: INT}]\n"));
    assertThat(Yaml.load(dir).rebuildAllowed()).containsExactly(TableName.of("main", "sales", "a"));
  }

  @Test
  void allowRebuildMustBeABoolean() {
    assertThat(Yaml.problems(dir, "table: t\nallow_rebuild: always\ncolumns: [{name: id, type: INT}]\n"))
        .containsExactly("t.yaml:2:16: Cannot read 'allow_rebuild' in table t: expected true or false, got a string."
            + " Change the value to true or false.");
  }
}
