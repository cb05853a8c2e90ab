package dev.lakemigrate.declare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model → one declaration file (the format the {@link DeclarationLoader} reads, seed section 2):
 * {@code table}, {@code comment}, {@code columns}, {@code primary_key}, {@code check_constraints},
 * {@code liquid_clustering} / {@code partitioned_by}, {@code table_properties}, {@code tags}. Pure.
 *
 * <p>The file names the table only, never its catalog or schema, so pulled files load into any
 * target with that target's defaults. Single-column foreign keys are written on their column
 * ({@code foreign_key: {table, column}}); the referenced table is written by name when it is in the
 * same schema, else in full. Properties Delta maintains itself ({@code delta.columnMapping.maxColumnId},
 * {@code delta.lastCommitTimestamp}, …) are left out, as are empty and absent facts.
 */
public final class DeclarationWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new SeedStyleQuoting())
      .build());

  /** SQL literals such as {@code 'active'} are double-quoted, as the seed writes them. */
  private static final class SeedStyleQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || value.startsWith("'");
    }
  }

  public String write(Table table) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("table", table.name().name());
    putIfPresent(doc, "comment", table.comment());
    doc.put("columns", table.columns().stream().map(c -> column(c, table)).toList());
    if (table.primaryKey() != null) {
      Map<String, Object> pk = new LinkedHashMap<>();
      pk.put("columns", table.primaryKey().columns());
      pk.put("rely", table.primaryKey().rely());
      doc.put("primary_key", pk);
    }
    if (!table.checks().isEmpty()) doc.put("check_constraints", table.checks().stream().map(DeclarationWriter::check).toList());
    if (table.clustering().auto()) doc.put("liquid_clustering", "auto");
    else if (!table.clustering().columns().isEmpty()) doc.put("liquid_clustering", table.clustering().columns());
    if (!table.partitionColumns().isEmpty()) doc.put("partitioned_by", table.partitionColumns());
    Map<String, String> properties = declarableProperties(table);
    if (!properties.isEmpty()) doc.put("table_properties", properties);
    if (!table.tags().isEmpty()) doc.put("tags", table.tags());
    try {
      return YAML.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write declaration of " + table.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The table's properties minus the bookkeeping Delta (and Databricks) write themselves, which no
   * declaration may set: they would be refused on load, and the differ compares declared keys only.
   */
  static Map<String, String> declarableProperties(Table table) {
    Map<String, String> out = new LinkedHashMap<>();
    table.properties().forEach((k, v) -> {
      if (!MANAGED_PROPERTIES.contains(k) && MANAGED_PREFIXES.stream().noneMatch(k::startsWith)) out.put(k, v);
    });
    return out;
  }

  private static final Set<String> MANAGED_PROPERTIES = Set.of(
      "delta.columnMapping.maxColumnId",
      "delta.lastCommitTimestamp",
      "delta.lastUpdateVersion",
      "delta.inCommitTimestampEnablementVersion",
      "delta.inCommitTimestampEnablementTimestamp");

  private static final List<String> MANAGED_PREFIXES = List.of("delta.rowTracking.materialized");

  private static Map<String, Object> column(Column column, Table table) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", column.name());
    out.put("type", column.type().toSql());
    out.put("nullable", column.nullable());
    putIfPresent(out, "default", column.defaultExpression());
    if (column.generated() != null) out.put("generated", column.generated().toSql());
    foreignKeyOf(column, table).ifPresent(fk -> out.put("foreign_key", foreignKey(fk, table.name())));
    putIfPresent(out, "comment", column.comment());
    if (!column.tags().isEmpty()) out.put("tags", column.tags());
    return out;
  }

  private static Optional<ForeignKey> foreignKeyOf(Column column, Table table) {
    return table.foreignKeys().stream()
        .filter(fk -> fk.columns().size() == 1 && fk.columns().get(0).equalsIgnoreCase(column.name()))
        .findFirst();
  }

  private static Map<String, Object> foreignKey(ForeignKey fk, TableName from) {
    TableName ref = fk.refTable();
    boolean sameSchema = ref.catalog().equals(from.catalog()) && ref.schema().equals(from.schema());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("table", sameSchema ? ref.name() : ref.toString());
    out.put("column", fk.refColumns().get(0));
    return out;
  }

  private static Map<String, Object> check(CheckConstraint check) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", check.name());
    out.put("expression", check.expression());
    return out;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null) map.put(key, value);
  }

  /** The foreign keys of {@code table} that span several columns: the column-level format cannot carry them. */
  public static List<ForeignKey> unwritableForeignKeys(Table table) {
    return table.foreignKeys().stream().filter(fk -> fk.columns().size() != 1).toList();
  }
}
