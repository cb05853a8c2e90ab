package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.introspect.UnityCatalogParser;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk queries run on real Spark: the recorded information_schema rows ({@code databricks/*.json})
 * as temporary views under the views' names, each query with its {@code `main`.`information_schema`.}
 * prefix taken off (open-source Spark has no information_schema), read back through the edge's row
 * conversion and parsed. Proves the SQL (filters, the tuple IN subquery) and the value shapes.
 */
class UnityCatalogQueriesIT {
  private static final String PREFIX = "`main`.`information_schema`.";
  private static SparkSession spark;
  private static SparkMetadataSource source;

  @BeforeAll
  static void views() throws Exception {
    spark = SparkTestSession.spark();
    source = new SparkMetadataSource(spark, true);
    for (String view : List.of("table_constraints", "key_column_usage", "referential_constraints",
        "constraint_column_usage", "table_tags", "column_tags")) {
      Path file = Path.of(UnityCatalogQueriesIT.class.getResource("/databricks/" + view + ".json").toURI());
      spark.read().option("multiLine", true).json(file.toString()).createOrReplaceTempView(view);
    }
  }

  private static List<Map<String, Object>> run(String sql) throws Exception {
    assertThat(sql).contains(PREFIX);
    return source.query(sql.replace(PREFIX, ""));
  }

  @Test
  void theQueriesFilterOnTheSchemaAndParseIntoTheSameFacts() throws Exception {
    UnityCatalogQueries q = new UnityCatalogQueries("main", "sales");
    List<Map<String, Object>> constraints = run(q.tableConstraints());
    List<Map<String, Object>> keyColumns = run(q.keyColumnUsage());

    assertThat(constraints).hasSize(4);
    assertThat(keyColumns).as("this schema's key columns and the referenced key in schema ref").hasSize(8);
    assertThat(run(new UnityCatalogQueries("main", "ref").tableTags())).isEmpty();
    assertThat(UnityCatalogQueries.tablesWithPrimaryKey(constraints)).containsExactly("customers", "orders");

    MetadataSource.UnityCatalogRows rows = new MetadataSource.UnityCatalogRows("main", "sales", constraints,
        keyColumns, run(q.referentialConstraints()), run(q.constraintColumnUsage()), run(q.tableTags()),
        run(q.columnTags()), Map.of());
    Map<String, UnityCatalogParser.TableFacts> facts = UnityCatalogParser.parse(rows);

    assertThat(facts.get("orders").foreignKeys()).contains(new ForeignKey("fk_orders_region",
        List.of("ship_region", "ship_country"), TableName.of("main", "ref", "regions"), List.of("region", "country")));
    assertThat(facts.get("orders").primaryKey().columns()).containsExactly("order_id", "order_date");
    assertThat(facts.get("customers").tagsOf("Email")).containsEntry("pii", "true");
  }

  @Test
  void openSourceDeltaReadsNoUnityCatalogFacts() {
    assertThat(new SparkMetadataSource(spark).readUnityCatalogFacts("main", "sales")).isEmpty();
    assertThat(new SparkMetadataSource(spark, true).readUnityCatalogFacts("spark_catalog", "sales")).isEmpty();
  }
}
