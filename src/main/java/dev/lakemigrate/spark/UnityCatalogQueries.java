package dev.lakemigrate.spark;

import dev.lakemigrate.model.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The bulk queries that read one schema's keys and tags from {@code <catalog>.information_schema}:
 * one per view, filtered on the schema column that view has ({@code table_schema},
 * {@code constraint_schema}, or {@code schema_name} for the tag views). The catalog goes through
 * {@link Sql#quoteIdent}, the schema through {@link Sql#quoteString}. key_column_usage also returns
 * the columns of keys that this schema's foreign keys reference in other schemas (matched on catalog and
 * name: the reference spells the schema column of referential_constraints two ways).
 */
final class UnityCatalogQueries {
  private final String views;
  private final String schema;

  UnityCatalogQueries(String catalog, String schema) {
    this.views = Sql.quoteIdent(Objects.requireNonNull(catalog, "catalog")) + "." + Sql.quoteIdent("information_schema") + ".";
    this.schema = Sql.quoteString(Objects.requireNonNull(schema, "schema"));
  }

  /** Catalogs without Unity Catalog's information_schema: the workspace's legacy metastore. */
  static boolean isLegacyCatalog(String catalog) {
    String c = catalog.toLowerCase(Locale.ROOT);
    return c.equals("hive_metastore") || c.equals("spark_catalog");
  }

  String tableConstraints() {
    return select("table_constraints", "table_schema")
        + " AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')";
  }

  String keyColumnUsage() {
    return select("key_column_usage", "table_schema")
        + " OR (constraint_catalog, constraint_name) IN (SELECT unique_constraint_catalog, unique_constraint_name"
        + " FROM " + views + "referential_constraints"
        + " WHERE constraint_schema = " + schema + ")";
  }

  String referentialConstraints() {
    return select("referential_constraints", "constraint_schema");
  }

  String constraintColumnUsage() {
    return select("constraint_column_usage", "constraint_schema");
  }

  String tableTags() {
    return select("table_tags", "schema_name");
  }

  String columnTags() {
    return select("column_tags", "schema_name");
  }

  /** Lower-case names of the tables that have a primary key, in name order. */
  static List<String> tablesWithPrimaryKey(List<Map<String, Object>> tableConstraints) {
    TreeSet<String> out = new TreeSet<>();
    for (Map<String, Object> row : tableConstraints) {
      if ("PRIMARY KEY".equalsIgnoreCase(String.valueOf(value(row, "constraint_type")))) {
        out.add(String.valueOf(value(row, "table_name")).toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(out);
  }

  private String select(String view, String schemaColumn) {
    return "SELECT * FROM " + views + view + " WHERE " + schemaColumn + " = " + schema;
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }
}
