package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Codes;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.reliability.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested {@code renamed_from} on real Delta: fields renamed in place (inside structs, array elements
 * and map values) keep every row and value, readable under the new names; column mapping turned on
 * in the same plan; a guarded rebuild copies renamed struct fields by name. A re-plan is empty.
 */
class NestedRenameIT {
  private static final String TYPES = "addr STRUCT<city: STRING, zip: INT, geo: STRUCT<lat: DOUBLE, lon: DOUBLE>>";
  private static final String ROWS = "(1, named_struct('city', 'Oslo', 'zip', 150, 'geo', named_struct('lat', 59.9D, 'lon', 10.7D))),"
      + " (2, named_struct('city', 'Rome', 'zip', NULL, 'geo', NULL)), (3, NULL)";

  @TempDir Path dir;

  @Test
  void fieldsInStructsArrayElementsAndMapValuesRenameInPlaceWithColumnMappingOn() {
    MigrationHarness h = new MigrationHarness();
    String t = h.table("t").toSql();
    h.run("CREATE TABLE " + t + " (id BIGINT, " + TYPES + ", items ARRAY<STRUCT<sku: STRING, qty: INT>>,"
        + " attrs MAP<STRING, STRUCT<score: INT>>) USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name')");
    h.run("INSERT INTO " + t + " SELECT id, addr, array(named_struct('sku', 'a-' || id, 'qty', CAST(id AS INT))),"
        + " map('k', named_struct('score', CAST(id * 10 AS INT))) FROM VALUES " + ROWS + " AS v(id, addr)");
    // Spark refuses hash() over a MAP: the map's entries stand in for it; field names are not hashed
    String checksum = "SELECT count(*) AS n, sum(CAST(hash(id, addr, items, map_entries(attrs)) AS BIGINT)) AS h FROM " + t;
    Map<String, Object> before = h.sql.query(checksum).get(0);
    Table declared = Table.builder(h.table("t"))
        .column(Column.of("id", PrimitiveType.BIGINT))
        .column(Column.of("addr", struct(f("city", PrimitiveType.STRING), f("postcode", PrimitiveType.INT),
            f("position", struct(f("latitude", PrimitiveType.DOUBLE), f("lon", PrimitiveType.DOUBLE)))))
            .withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip", FieldPath.of("addr", "position"), "geo",
                FieldPath.of("addr", "position", "latitude"), "lat")))
        .column(Column.of("items", new ArrayType(struct(f("code", PrimitiveType.STRING), f("qty", PrimitiveType.INT))))
            .withFieldRenames(Map.of(FieldPath.of("items", "element", "code"), "sku")))
        .column(Column.of("attrs", new MapType(PrimitiveType.STRING, struct(f("points", PrimitiveType.INT))))
            .withFieldRenames(Map.of(FieldPath.of("attrs", "value", "points"), "score")))
        .build();

    Plan plan = h.plan(List.of(declared), PlanOptions.DEFAULT);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
        "ALTER TABLE " + t + " RENAME COLUMN `addr`.`zip` TO `postcode`",
        "ALTER TABLE " + t + " RENAME COLUMN `addr`.`geo` TO `position`",
        "ALTER TABLE " + t + " RENAME COLUMN `addr`.`position`.`lat` TO `latitude`",
        "ALTER TABLE " + t + " RENAME COLUMN `items`.`element`.`sku` TO `code`",
        "ALTER TABLE " + t + " RENAME COLUMN `attrs`.`value`.`score` TO `points`");
    h.executor().apply(plan, h.context(), () -> h.plan(List.of(declared), PlanOptions.DEFAULT));

    assertThat(h.plan(List.of(declared), PlanOptions.DEFAULT).inSync()).isTrue();
    assertThat(h.sql.query(checksum).get(0)).isEqualTo(before);
    assertThat(h.sql.query("SELECT addr.postcode AS p, addr.position.latitude AS lat, items[0].code AS c,"
        + " attrs['k'].points AS s FROM " + t + " WHERE id = 1"))
        .containsExactly(Map.of("p", 150, "lat", 59.9D, "c", "a-1", "s", 10));
  }

  @Test
  void columnMappingDeclaredInTheSamePlanIsEnabledFirstAndFlagged() throws IOException {
    MigrationHarness h = new MigrationHarness();
    String t = h.table("t").toSql();
    h.run("CREATE TABLE " + t + " (id BIGINT, " + TYPES + ") USING DELTA");
    h.run("INSERT INTO " + t + " VALUES " + ROWS);
    Map<String, Object> before = h.content("t");
    Files.writeString(dir.resolve("t.yaml"), """
        table: t
        columns:
          - {name: id, type: BIGINT}
          - name: addr
            type: STRUCT
            fields:
              - {name: city, type: STRING}
              - {name: postcode, type: INT, renamed_from: zip}
              - name: geo
                type: STRUCT
                fields:
                  - {name: latitude, type: DOUBLE, renamed_from: lat}
                  - {name: lon, type: DOUBLE}
        table_properties:
          delta.columnMapping.mode: name
        """);
    List<Table> declared = new DeclarationLoader(new Defaults("spark_catalog", h.schema)).load(dir).tables();

    Plan plan = h.plan(declared, PlanOptions.DEFAULT);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
        "ALTER TABLE " + t + " SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name')",
        "ALTER TABLE " + t + " RENAME COLUMN `addr`.`zip` TO `postcode`",
        "ALTER TABLE " + t + " RENAME COLUMN `addr`.`geo`.`lat` TO `latitude`");
    assertThat(plan.changes()).anySatisfy(c -> assertThat(c.classification().enabledFeatures()).containsExactly("columnMapping"));
    h.executor().apply(plan, h.context(), () -> h.plan(declared, PlanOptions.DEFAULT));

    assertThat(h.plan(declared, PlanOptions.DEFAULT).inSync()).isTrue();
    assertThat(h.content("t")).isEqualTo(before);
    assertThat(h.sql.query("SELECT id, addr.postcode AS p, addr.geo.latitude AS lat FROM " + t + " ORDER BY id"))
        .extracting(r -> r.get("p"), r -> r.get("lat"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(150, 59.9D), org.assertj.core.groups.Tuple.tuple(null, null),
            org.assertj.core.groups.Tuple.tuple(null, null));
  }

  @Test
  void elementAndValueFieldsDeclaredInYamlRenameInPlaceKeepingEveryValue() throws IOException {
    MigrationHarness h = new MigrationHarness();
    String t = h.table("t").toSql();
    h.run("CREATE TABLE " + t + " (id BIGINT, items ARRAY<STRUCT<code: STRING, qty: INT>>,"
        + " attrs MAP<STRING, STRUCT<points: INT>>) USING DELTA");
    h.run("INSERT INTO " + t + " VALUES"
        + " (1, array(named_struct('code', 'a', 'qty', 2), NULL), map('k', named_struct('points', 10), 'n', NULL)),"
        + " (2, array(), map()), (3, NULL, NULL)");
    // hash() refuses MAP (its entries stand in) and ignores field names, so the names are filled in per side
    String checksum = "SELECT count(*) AS n, sum(CAST(hash(id, transform(items, e -> struct(e.%1$s, e.qty)),"
        + " map_entries(transform_values(attrs, (k, v) -> struct(v.%2$s)))) AS BIGINT)) AS h FROM " + t;
    Map<String, Object> before = h.sql.query(checksum.formatted("code", "points")).get(0);
    Files.writeString(dir.resolve("t.yaml"), """
        table: t
        columns:
          - {name: id, type: BIGINT}
          - name: items
            type: ARRAY
            element:
              type: STRUCT
              fields:
                - {name: sku, type: STRING, renamed_from: code, comment: Stock unit}
                - {name: qty, type: INT}
                - {name: note, type: STRING}
          - name: attrs
            type: MAP
            key: STRING
            value:
              type: STRUCT
              fields: [{name: score, type: INT, renamed_from: points}]
        table_properties:
          delta.columnMapping.mode: name
        """);
    List<Table> declared = new DeclarationLoader(new Defaults("spark_catalog", h.schema)).load(dir).tables();

    Plan plan = h.plan(declared, PlanOptions.DEFAULT);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
        "ALTER TABLE " + t + " SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name')",
        "ALTER TABLE " + t + " RENAME COLUMN `items`.`element`.`code` TO `sku`",
        "ALTER TABLE " + t + " RENAME COLUMN `attrs`.`value`.`points` TO `score`",
        "ALTER TABLE " + t + " ADD COLUMNS (`items`.`element`.`note` STRING)",
        "ALTER TABLE " + t + " ALTER COLUMN `items`.`element`.`sku` COMMENT 'Stock unit'");
    h.executor().apply(plan, h.context(), () -> h.plan(declared, PlanOptions.DEFAULT));

    assertThat(h.plan(declared, PlanOptions.DEFAULT).inSync()).isTrue();
    assertThat(h.live("t").column("items").orElseThrow().type()).isEqualTo(declared.get(0).column("items").orElseThrow().type());
    assertThat(h.sql.query(checksum.formatted("sku", "score")).get(0)).isEqualTo(before);
    assertThat(h.sql.query("SELECT items[0].sku AS s, items[0].note AS n, attrs['k'].score AS p FROM " + t + " WHERE id = 1"))
        .extracting(r -> r.get("s"), r -> r.get("n"), r -> r.get("p"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", null, 10));
  }

  @Test
  void aGuardedRebuildCopiesRenamedStructFieldsByName() {
    MigrationHarness h = new MigrationHarness();
    String t = h.table("t").toSql();
    h.run("CREATE TABLE " + t + " (id BIGINT, region STRING, addr STRUCT<zip: INT, city: STRING>) USING DELTA"
        + " PARTITIONED BY (region) TBLPROPERTIES ('delta.columnMapping.mode' = 'name')");
    h.run("INSERT INTO " + t + " VALUES (1, 'eu', named_struct('zip', 150, 'city', 'Oslo')),"
        + " (2, 'eu', named_struct('zip', NULL, 'city', 'Rome')), (3, 'us', NULL)");
    String checksum = "SELECT count(*) AS n, sum(CAST(hash(id, region, addr.city, %s) AS BIGINT)) AS h,"
        + " count(addr) AS structs FROM " + t;
    Map<String, Object> before = h.sql.query(checksum.formatted("CAST(addr.zip AS BIGINT)")).get(0);
    Table declared = Table.builder(h.table("t"))
        .column(Column.of("id", PrimitiveType.BIGINT))
        .column(Column.of("region", PrimitiveType.STRING))
        .column(Column.of("addr", struct(f("city", PrimitiveType.STRING), f("postcode", PrimitiveType.BIGINT),
            f("note", PrimitiveType.STRING))).withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip")))
        .property("delta.columnMapping.mode", "name")
        .build();
    PlanOptions rebuild = new PlanOptions(false, Set.of("t"), false);
    Plan plan = h.plan(List.of(declared), rebuild);
    assertThat(plan.blockers()).isEmpty();
    assertThat(plan.changes()).anySatisfy(c -> assertThat(c.classification().code()).isEqualTo(Codes.REBUILD_TABLE));

    // the rebuild is opted in through plan.rebuild-tables
    AuditLog.optIn(() -> h.executor().apply(plan, h.context(), () -> h.plan(List.of(declared), rebuild)));

    assertThat(h.plan(List.of(declared), rebuild).inSync()).isTrue();
    assertThat(h.sql.query(checksum.formatted("addr.postcode")).get(0)).isEqualTo(before);
    assertThat(h.sql.query("SELECT id, addr.city AS c, addr.postcode AS p FROM " + t + " ORDER BY id"))
        .extracting(r -> r.get("c"), r -> r.get("p"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Oslo", 150L), org.assertj.core.groups.Tuple.tuple("Rome", null),
            org.assertj.core.groups.Tuple.tuple(null, null));
  }

  private static StructType struct(StructField... fields) {
    return new StructType(List.of(fields));
  }

  private static StructField f(String name, DataType type) {
    return StructField.of(name, type);
  }
}
