package dev.lakemigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.TableName;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser fed the rows of {@code src/test/resources/databricks/} (see its README). */
class UnityCatalogParserTest {

  static List<Map<String, Object>> rows(String file) {
    try (InputStream in = UnityCatalogParserTest.class.getResourceAsStream("/databricks/" + file)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + file);
      return new ObjectMapper().readValue(in, new TypeReference<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static MetadataSource.UnityCatalogRows recorded() {
    Map<String, List<Map<String, Object>>> describe = new LinkedHashMap<>();
    describe.put("customers", rows("describe_extended_customers.json"));
    describe.put("orders", rows("describe_extended_orders.json"));
    return new MetadataSource.UnityCatalogRows("main", "sales", rows("table_constraints.json"),
        rows("key_column_usage.json"), rows("referential_constraints.json"), rows("constraint_column_usage.json"),
        rows("table_tags.json"), rows("column_tags.json"), describe);
  }

  @Test
  void readsPrimaryKeysWithRelyFromTheDescription() {
    Map<String, UnityCatalogParser.TableFacts> facts = UnityCatalogParser.parse(recorded());

    assertThat(facts.keySet()).containsExactly("customers", "orders");
    assertThat(facts.get("customers").primaryKey()).isEqualTo(new PrimaryKey("pk_customers", List.of("id"), true));
    assertThat(facts.get("orders").primaryKey())
        .isEqualTo(new PrimaryKey("pk_orders", List.of("order_id", "order_date"), false));
  }

  @Test
  void readsForeignKeysInKeyOrderAcrossSchemas() {
    List<ForeignKey> keys = UnityCatalogParser.parse(recorded()).get("orders").foreignKeys();

    assertThat(keys).containsExactly(
        new ForeignKey("fk_orders_customer", List.of("customer_id"), TableName.of("main", "sales", "customers"), List.of("id")),
        new ForeignKey("fk_orders_region", List.of("ship_region", "ship_country"), TableName.of("main", "ref", "regions"),
            List.of("region", "country")));
    assertThat(UnityCatalogParser.parse(recorded()).get("customers").foreignKeys()).isEmpty();
  }

  @Test
  void fallsBackToConstraintColumnUsageWhenTheReferencedKeyIsNotReadable() {
    MetadataSource.UnityCatalogRows r = recorded();
    List<Map<String, Object>> withoutParentKeys = r.keyColumnUsage().stream()
        .filter(row -> !"pk_customers".equals(row.get("constraint_name"))).toList();
    MetadataSource.UnityCatalogRows rows = new MetadataSource.UnityCatalogRows("main", "sales", r.tableConstraints(),
        withoutParentKeys, r.referentialConstraints(), r.constraintColumnUsage(), List.of(), List.of(), Map.of());

    assertThat(UnityCatalogParser.parse(rows).get("orders").foreignKeys().get(0))
        .isEqualTo(new ForeignKey("fk_orders_customer", List.of("customer_id"), TableName.of("main", "sales", "customers"),
            List.of("id")));
    assertThat(UnityCatalogParser.parse(rows).get("customers").primaryKey())
        .as("no description of the key: NORELY, Databricks' default")
        .isEqualTo(new PrimaryKey("pk_customers", List.of(), false));
  }

  @Test
  void readsTableAndColumnTagsIncludingKeyOnlyTags() {
    Map<String, UnityCatalogParser.TableFacts> facts = UnityCatalogParser.parse(recorded());

    assertThat(facts.get("customers").tags()).containsExactly(Map.entry("certified", ""), Map.entry("domain", "crm"));
    assertThat(facts.get("orders").tags()).containsExactly(Map.entry("owner", "it's ours"));
    assertThat(facts.get("customers").tagsOf("email"))
        .containsExactly(Map.entry("class", "contact"), Map.entry("pii", "true"));
    assertThat(facts.get("orders").tagsOf("customer_id")).containsExactly(Map.entry("pii", "false"));
    assertThat(facts.get("orders").tagsOf("order_id")).isEmpty();
  }

  @Test
  void relyIsReadOnlyFromTheConstraintsSection() {
    List<Map<String, Object>> describe = rows("describe_extended_orders.json");

    assertThat(UnityCatalogParser.rely(describe, "pk_orders")).contains(false);
    assertThat(UnityCatalogParser.rely(rows("describe_extended_customers.json"), "PK_Customers")).contains(true);
    assertThat(UnityCatalogParser.rely(describe, "order_id")).as("a column row, not a constraint").isEmpty();
    assertThat(UnityCatalogParser.rely(describe, "nope")).isEmpty();
    assertThat(UnityCatalogParser.rely(List.<Map<String, Object>>of(
        Map.of("col_name", "# Constraints", "data_type", ""),
        Map.of("col_name", "pk", "data_type", "PRIMARY KEY (`rely`) NOT ENFORCED")), "pk"))
        .as("a column named rely is not the RELY option").contains(false);
    assertThat(UnityCatalogParser.rely(List.<Map<String, Object>>of(
        Map.of("col_name", "# Constraints", "data_type", ""),
        Map.of("col_name", "pk", "data_type", "PRIMARY KEY (`a`) NOT ENFORCED RELY")), "pk")).contains(true);
  }

  @Test
  void acceptsUpperCaseColumnNamesAndTheMisspeltSchemaColumn() {
    Map<String, Object> fk = new LinkedHashMap<>(rows("referential_constraints.json").get(1));
    fk.put("unique_constarint_schema", fk.remove("unique_constraint_schema"));
    Map<String, Object> upper = new LinkedHashMap<>();
    rows("table_constraints.json").get(3).forEach((k, v) -> upper.put(k.toUpperCase(), v));
    MetadataSource.UnityCatalogRows r = recorded();
    MetadataSource.UnityCatalogRows rows = new MetadataSource.UnityCatalogRows("main", "sales", List.of(upper),
        r.keyColumnUsage(), List.of(fk), r.constraintColumnUsage(), List.of(), List.of(), Map.of());

    assertThat(UnityCatalogParser.parse(rows).get("orders").foreignKeys()).extracting(ForeignKey::refColumns)
        .containsExactly(List.of("region", "country"));
  }

  @Test
  void aForeignKeyWithNoReferencedTableIsAClearError() {
    MetadataSource.UnityCatalogRows r = recorded();
    MetadataSource.UnityCatalogRows rows = new MetadataSource.UnityCatalogRows("main", "sales", r.tableConstraints(),
        List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    assertThatThrownBy(() -> UnityCatalogParser.parse(rows))
        .hasMessage("Cannot read foreign key main.sales.fk_orders_customer: information_schema names no referenced"
            + " table for it. Check that you may read the referenced table (USE and SELECT), or leave the table out"
            + " with --tables.");
  }
}
