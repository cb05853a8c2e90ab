package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnityCatalogQueriesTest {
  private final UnityCatalogQueries q = new UnityCatalogQueries("my`cat", "sa'les");

  @Test
  void everyQueryIsOneBulkReadOfTheSchemaWithQuotedNames() {
    assertThat(q.tableConstraints()).isEqualTo("SELECT * FROM `my``cat`.`information_schema`.table_constraints"
        + " WHERE table_schema = 'sa\\'les' AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')");
    assertThat(q.keyColumnUsage()).isEqualTo("SELECT * FROM `my``cat`.`information_schema`.key_column_usage"
        + " WHERE table_schema = 'sa\\'les' OR (constraint_catalog, constraint_name) IN (SELECT"
        + " unique_constraint_catalog, unique_constraint_name FROM `my``cat`.`information_schema`.referential_constraints"
        + " WHERE constraint_schema = 'sa\\'les')");
    assertThat(q.referentialConstraints())
        .endsWith("`information_schema`.referential_constraints WHERE constraint_schema = 'sa\\'les'");
    assertThat(q.constraintColumnUsage())
        .endsWith("`information_schema`.constraint_column_usage WHERE constraint_schema = 'sa\\'les'");
    assertThat(q.tableTags()).endsWith("`information_schema`.table_tags WHERE schema_name = 'sa\\'les'");
    assertThat(q.columnTags()).endsWith("`information_schema`.column_tags WHERE schema_name = 'sa\\'les'");
  }

  @Test
  void describesOnlyTablesWithAPrimaryKey() {
    List<Map<String, Object>> rows = List.of(
        Map.of("table_name", "Orders", "constraint_type", "PRIMARY KEY"),
        Map.of("table_name", "orders", "constraint_type", "FOREIGN KEY"),
        Map.of("TABLE_NAME", "customers", "CONSTRAINT_TYPE", "PRIMARY KEY"),
        Map.of("table_name", "lines", "constraint_type", "FOREIGN KEY"));

    assertThat(UnityCatalogQueries.tablesWithPrimaryKey(rows)).containsExactly("customers", "orders");
  }

  @Test
  void theLegacyMetastoreHasNoInformationSchema() {
    assertThat(UnityCatalogQueries.isLegacyCatalog("hive_metastore")).isTrue();
    assertThat(UnityCatalogQueries.isLegacyCatalog("SPARK_CATALOG")).isTrue();
    assertThat(UnityCatalogQueries.isLegacyCatalog("main")).isFalse();
  }
}
