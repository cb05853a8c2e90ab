package dev.lakemigrate.introspect;

import dev.lakemigrate.error.UnityErrors;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Unity Catalog's information_schema rows of one schema ({@link MetadataSource.UnityCatalogRows})
 * → per table: primary key, foreign keys, table tags and column tags. Pure.
 *
 * <ul>
 *   <li>Keys: {@code table_constraints} names each PRIMARY KEY / FOREIGN KEY and its table;
 *       {@code key_column_usage} gives the columns in key order ({@code ordinal_position}); a foreign
 *       key's referenced key comes from {@code referential_constraints} ({@code unique_constraint_*}),
 *       whose columns are read from {@code key_column_usage} and matched by
 *       {@code position_in_unique_constraint}. When the referenced key's rows are missing, the referenced
 *       table and columns come from {@code constraint_column_usage} (exact for one-column keys).
 *   <li>RELY: information_schema has no RELY column, so it is read from the table's
 *       {@code DESCRIBE TABLE EXTENDED} {@code # Constraints} section ({@code PRIMARY KEY (`id`) RELY}).
 *       Which source wins: information_schema for the key's name and columns, the description for
 *       RELY only; with no description of the key, RELY is false (NORELY, Databricks' default).
 *   <li>Tags: {@code table_tags} and {@code column_tags}; a key-only tag has value {@code ''}.
 * </ul>
 * Column names of the rows are matched without case; table names are lower case.
 */
public final class UnityCatalogParser {
  private static final Pattern RELY = Pattern.compile("(?i)(^|[\\s)])RELY\\b");
  private static final String CONSTRAINTS_SECTION = "# constraints";

  /** What Unity Catalog knows of one table. */
  public record TableFacts(
      PrimaryKey primaryKey,
      List<ForeignKey> foreignKeys,
      Map<String, String> tags,
      Map<String, Map<String, String>> columnTags) {
    public static final TableFacts NONE = new TableFacts(null, List.of(), Map.of(), Map.of());

    public TableFacts {
      foreignKeys = List.copyOf(foreignKeys);
      tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
      columnTags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnTags));
    }

    /** The tags of {@code column}, matched without case. */
    public Map<String, String> tagsOf(String column) {
      return columnTags.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
          .map(Map.Entry::getValue).findFirst().orElse(Map.of());
    }
  }

  /** One key column: its name and, for a foreign key, its position in the referenced key. */
  private record KeyColumn(String column, int ordinal, Integer referencedPosition) {}

  /** A key's identity and its table. */
  private record KeyRef(String catalog, String schema, String name) {}

  private UnityCatalogParser() {}

  /** Facts per table of the rows' schema, keyed by lower-case table name, in name order. */
  public static Map<String, TableFacts> parse(MetadataSource.UnityCatalogRows rows) {
    Map<KeyRef, List<KeyColumn>> columnsOf = keyColumns(rows.keyColumnUsage());
    Map<KeyRef, TableName> tableOf = keyTables(rows);
    Map<String, Builder> tables = new TreeMap<>();
    for (Map<String, Object> c : rows.tableConstraints()) {
      String table = lower(text(c, "table_name"));
      KeyRef key = new KeyRef(text(c, "constraint_catalog"), text(c, "constraint_schema"), text(c, "constraint_name"));
      String type = text(c, "constraint_type").toUpperCase(Locale.ROOT);
      Builder b = tables.computeIfAbsent(table, k -> new Builder());
      if (type.equals("PRIMARY KEY")) {
        List<String> cols = columnsOf.getOrDefault(key, List.of()).stream().map(KeyColumn::column).toList();
        boolean rely = rely(rows.describeExtended().getOrDefault(table, List.of()), key.name()).orElse(false);
        b.primaryKey = new PrimaryKey(key.name(), cols, rely);
      } else if (type.equals("FOREIGN KEY")) {
        b.foreignKeys.add(foreignKey(rows, key, columnsOf, tableOf));
      }
    }
    for (Map<String, Object> t : rows.tableTags()) {
      tables.computeIfAbsent(lower(text(t, "table_name")), k -> new Builder()).tags
          .put(text(t, "tag_name"), tagValue(t));
    }
    for (Map<String, Object> t : rows.columnTags()) {
      tables.computeIfAbsent(lower(text(t, "table_name")), k -> new Builder()).columnTags
          .computeIfAbsent(text(t, "column_name"), k -> new TreeMap<>()).put(text(t, "tag_name"), tagValue(t));
    }
    Map<String, TableFacts> out = new LinkedHashMap<>();
    tables.forEach((name, b) -> out.put(name, b.build()));
    return out;
  }

  /**
   * RELY of constraint {@code name} as the {@code # Constraints} section of DESCRIBE TABLE EXTENDED
   * describes it, or empty when the section does not list it.
   */
  public static Optional<Boolean> rely(List<Map<String, Object>> describeRows, String name) {
    boolean inSection = false;
    for (Map<String, Object> row : describeRows) {
      String col = orEmpty(text(row, "col_name")).trim();
      if (col.toLowerCase(Locale.ROOT).equals(CONSTRAINTS_SECTION)) {
        inSection = true;
      } else if (inSection && (col.isEmpty() || col.startsWith("#"))) {
        inSection = false;
      } else if (inSection && col.equalsIgnoreCase(name)) {
        return Optional.of(RELY.matcher(orEmpty(text(row, "data_type"))).find());
      }
    }
    return Optional.empty();
  }

  private static ForeignKey foreignKey(MetadataSource.UnityCatalogRows rows, KeyRef key,
      Map<KeyRef, List<KeyColumn>> columnsOf, Map<KeyRef, TableName> tableOf) {
    List<KeyColumn> cols = columnsOf.getOrDefault(key, List.of());
    Optional<KeyRef> referenced = rows.referentialConstraints().stream()
        .filter(r -> key.equals(new KeyRef(text(r, "constraint_catalog"), text(r, "constraint_schema"), text(r, "constraint_name"))))
        .map(r -> new KeyRef(text(r, "unique_constraint_catalog"), uniqueSchema(r), text(r, "unique_constraint_name")))
        .findFirst();
    List<String> names = cols.stream().map(KeyColumn::column).toList();
    if (referenced.isPresent() && columnsOf.containsKey(referenced.get()) && tableOf.containsKey(referenced.get())) {
      List<KeyColumn> parent = columnsOf.get(referenced.get());
      List<String> refColumns = new ArrayList<>();
      for (int i = 0; i < cols.size(); i++) {
        Integer p = cols.get(i).referencedPosition();
        int at = p == null ? i : p - 1;
        refColumns.add(parent.get(Math.max(0, Math.min(at, parent.size() - 1))).column());
      }
      return new ForeignKey(key.name(), names, tableOf.get(referenced.get()), refColumns);
    }
    List<Map<String, Object>> usage = rows.constraintColumnUsage().stream()
        .filter(u -> key.equals(new KeyRef(text(u, "constraint_catalog"), text(u, "constraint_schema"), text(u, "constraint_name"))))
        .toList();
    if (usage.isEmpty()) {
      throw new IllegalArgumentException(UnityErrors.unresolvedForeignKey(key.catalog() + "." + key.schema() + "." + key.name()));
    }
    Map<String, Object> first = usage.get(0);
    TableName refTable = TableName.of(text(first, "table_catalog"), text(first, "table_schema"), text(first, "table_name"));
    return new ForeignKey(key.name(), names, refTable, usage.stream().map(u -> text(u, "column_name")).toList());
  }

  /** Key columns per key, in key order. */
  private static Map<KeyRef, List<KeyColumn>> keyColumns(List<Map<String, Object>> usage) {
    Map<KeyRef, List<KeyColumn>> out = new LinkedHashMap<>();
    for (Map<String, Object> u : usage) {
      KeyRef key = new KeyRef(text(u, "constraint_catalog"), text(u, "constraint_schema"), text(u, "constraint_name"));
      out.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new KeyColumn(text(u, "column_name"), number(u, "ordinal_position"), numberOrNull(u, "position_in_unique_constraint")));
    }
    out.values().forEach(cols -> cols.sort(Comparator.comparingInt(KeyColumn::ordinal)));
    return out;
  }

  /** The table each key of key_column_usage belongs to. */
  private static Map<KeyRef, TableName> keyTables(MetadataSource.UnityCatalogRows rows) {
    Map<KeyRef, TableName> out = new LinkedHashMap<>();
    for (Map<String, Object> u : rows.keyColumnUsage()) {
      out.putIfAbsent(new KeyRef(text(u, "constraint_catalog"), text(u, "constraint_schema"), text(u, "constraint_name")),
          TableName.of(text(u, "table_catalog"), text(u, "table_schema"), text(u, "table_name")));
    }
    return out;
  }

  /** Some versions of the view (and its reference) spell the column {@code unique_constarint_schema}. */
  private static String uniqueSchema(Map<String, Object> row) {
    String schema = text(row, "unique_constraint_schema");
    return schema != null ? schema : text(row, "unique_constarint_schema");
  }

  private static String tagValue(Map<String, Object> row) {
    return orEmpty(text(row, "tag_value"));
  }

  /** The value of {@code column}, matched without case; null when absent or NULL. */
  static String text(Map<String, Object> row, String column) {
    Object value = value(row, column);
    return value == null ? null : value.toString();
  }

  private static int number(Map<String, Object> row, String column) {
    Integer n = numberOrNull(row, column);
    return n == null ? 0 : n;
  }

  private static Integer numberOrNull(Map<String, Object> row, String column) {
    Object value = value(row, column);
    if (value == null) return null;
    if (value instanceof Number n) return n.intValue();
    return Integer.valueOf(value.toString().trim());
  }

  private static Object value(Map<String, Object> row, String column) {
    if (row.containsKey(column)) return row.get(column);
    for (Map.Entry<String, Object> e : row.entrySet()) {
      if (e.getKey().equalsIgnoreCase(column)) return e.getValue();
    }
    return null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static final class Builder {
    private PrimaryKey primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final Map<String, String> tags = new TreeMap<>();
    private final Map<String, Map<String, String>> columnTags = new LinkedHashMap<>();

    TableFacts build() {
      foreignKeys.sort(Comparator.comparing(ForeignKey::name));
      return new TableFacts(primaryKey, foreignKeys, tags, columnTags);
    }
  }
}
