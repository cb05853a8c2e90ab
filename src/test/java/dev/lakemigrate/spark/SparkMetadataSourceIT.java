package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.model.VarcharType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real tables on embedded Delta, read back through the public-API source into the model. */
class SparkMetadataSourceIT {
  private static String schema;
  private static SparkMetadataSource source;

  @BeforeAll
  static void createTables() {
    schema = SparkTestSession.freshSchema();
    source = new SparkMetadataSource(SparkTestSession.spark());
    SparkTestSession.sql("CREATE TABLE spark_catalog." + schema + ".orders ("
        + "id BIGINT NOT NULL COMMENT 'order key', code CHAR(3), name VARCHAR(20) COMMENT 'it\\'s a name',"
        + " amount DECIMAL(12,2), addr STRUCT<city: STRING COMMENT 'town', zip: INT NOT NULL>,"
        + " labels ARRAY<VARCHAR(5)>, attrs MAP<STRING, STRUCT<score: DOUBLE>>, seen TIMESTAMP_NTZ,"
        + " status STRING DEFAULT 'new', dt DATE) USING DELTA PARTITIONED BY (dt) COMMENT 'All orders'"
        + " TBLPROPERTIES ('delta.feature.allowColumnDefaults'='supported', 'team'='data')");
    SparkTestSession.sql("ALTER TABLE spark_catalog." + schema + ".orders ADD CONSTRAINT Positive CHECK (amount > 0)");
    SparkTestSession.sql("CREATE TABLE spark_catalog." + schema + ".events (id BIGINT, payload STRUCT<kind: STRING>)"
        + " USING DELTA CLUSTER BY (id, payload.kind)");
    // Identity columns in SQL need Delta 4.4; on the spark35 profile the table is plain and the point stands.
    SparkTestSession.sql("CREATE TABLE spark_catalog." + schema + ".ids (id BIGINT"
        + (SparkTestSession.sparkAtLeast4() ? " GENERATED ALWAYS AS IDENTITY" : "") + ", x INT) USING DELTA");
    SparkTestSession.sql("CREATE TABLE spark_catalog." + schema + "._lakemigrate_history (x INT) USING DELTA");
    SparkTestSession.sql("CREATE VIEW spark_catalog." + schema + ".recent AS SELECT 1 AS x");
  }

  @Test
  void tablesRoundTripIntoTheModel() {
    List<Table> tables = new LiveSchemaReader(source, 2).read("spark_catalog", schema, name -> true);

    assertThat(tables).extracting(t -> t.name().name()).containsExactly("events", "ids", "orders");
    Table orders = tables.get(2);
    Table expected = Table.builder(TableName.of("spark_catalog", schema, "orders"))
        .comment("All orders")
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false).withComment("order key"))
        .column(Column.of("code", new CharType(3)))
        .column(Column.of("name", new VarcharType(20)).withComment("it's a name"))
        .column(Column.of("amount", new DecimalType(12, 2)))
        .column(Column.of("addr", new StructType(List.of(
            new StructField("city", PrimitiveType.STRING, true, "town"),
            new StructField("zip", PrimitiveType.INT, false, null)))))
        .column(Column.of("labels", new ArrayType(new VarcharType(5))))
        .column(Column.of("attrs", new MapType(PrimitiveType.STRING,
            new StructType(List.of(StructField.of("score", PrimitiveType.DOUBLE))))))
        .column(Column.of("seen", PrimitiveType.TIMESTAMP_NTZ))
        .column(Column.of("status", PrimitiveType.STRING).withDefault("'new'"))
        .column(Column.of("dt", PrimitiveType.DATE))
        .partitionColumns(List.of("dt"))
        .check(new CheckConstraint("positive", "amount > 0"))
        .unknown(Aspect.GENERATED_COLUMNS).unknown(Aspect.KEYS).unknown(Aspect.TAGS)
        .build();
    assertThat(orders).usingRecursiveComparison().ignoringFields("properties").isEqualTo(expected);
    assertThat(orders.properties()).containsEntry("team", "data")
        .containsEntry("delta.feature.allowColumnDefaults", "supported")
        .doesNotContainKeys("delta.constraints.positive", "comment");
  }

  @Test
  void clusteringComesFromTheTablePropertiesWithoutDescribeDetail() {
    Table events = source.readTable(TableName.of("spark_catalog", schema, "events"))
        .map(dev.lakemigrate.introspect.LiveTableMapper::toTable).orElseThrow();

    assertThat(events.clustering()).isEqualTo(Clustering.of(List.of("id", "payload.kind")));
    assertThat(events.knows(Aspect.CLUSTERING)).isTrue();
    assertThat(source.readTable(TableName.of("spark_catalog", schema, "events")).orElseThrow().detail()).isEmpty();
  }

  @Test
  void identityIsInvisibleOnOpenSourceDeltaSoItIsUnknownNotAbsent() {
    Table ids = source.readTable(TableName.of("spark_catalog", schema, "ids"))
        .map(dev.lakemigrate.introspect.LiveTableMapper::toTable).orElseThrow();

    assertThat(ids.column("id").orElseThrow().generated()).isNull();
    assertThat(ids.knows(Aspect.GENERATED_COLUMNS)).isFalse();
  }

  @Test
  void missingSchemasAndTablesAreEmptyNotErrors() {
    assertThat(source.listTables("spark_catalog", "no_such_schema_here")).isEmpty();
    assertThat(source.readTable(TableName.of("spark_catalog", schema, "no_such_table"))).isEmpty();
    assertThat(source.readTable(TableName.of("spark_catalog", "no_such_schema_here", "t"))).isEmpty();
    assertThat(source.readTable(TableName.of("spark_catalog", schema, "recent"))).as("a view").isEmpty();
  }

  @Test
  void readsATableInFourRoundTripsAndTellsMissingOnesByTheFirst() {
    List<String> calls = new java.util.ArrayList<>();
    SparkMetadataSource counted = new SparkMetadataSource(SparkTestSession.spark(), calls::add);

    assertThat(counted.readTable(TableName.of("spark_catalog", schema, "orders"))).isPresent();
    assertThat(calls).containsExactly("getTable", "schema", "listColumns", "showTblproperties");
    calls.clear();
    assertThat(counted.readTable(TableName.of("spark_catalog", schema, "no_such_table"))).isEmpty();
    assertThat(counted.listTables("spark_catalog", "no_such_schema_here")).isEmpty();
    assertThat(calls).containsExactly("getTable", "listTables");
  }

  @Test
  void aListedTableTakesItsCommentFromTheListingInThreeRoundTrips() {
    List<String> calls = new java.util.ArrayList<>();
    SparkMetadataSource counted = new SparkMetadataSource(SparkTestSession.spark(), calls::add);
    TableName orders = TableName.of("spark_catalog", schema, "orders");

    counted.listTables("spark_catalog", schema);
    assertThat(counted.readTable(orders).orElseThrow().comment()).isEqualTo("All orders");
    assertThat(counted.readTable(TableName.of("spark_catalog", schema, "events")).orElseThrow().comment()).isNull();
    assertThat(calls).containsExactly("listTables", "schema", "listColumns", "showTblproperties",
        "schema", "listColumns", "showTblproperties");
    calls.clear();
    assertThat(counted.readTable(orders).orElseThrow().comment()).as("read again: fresh").isEqualTo("All orders");
    assertThat(calls).first().isEqualTo("getTable");
  }

  @Test
  void listsTablesButNotViews() {
    assertThat(source.listTables("spark_catalog", schema)).containsExactly("_lakemigrate_history", "events", "ids", "orders");
  }
}
