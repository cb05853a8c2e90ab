package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delta table features: which property turns one on, which a change needs, which a live table has.
 * Enabling a feature upgrades the table protocol irreversibly, so every plan flags it.
 *
 * <p>A live table lists its features as properties {@code delta.feature.<name>=supported} (what
 * {@code SHOW TBLPROPERTIES} returns on Delta 4.4).
 */
final class Features {
  static final String COLUMN_MAPPING = "columnMapping";
  static final String TYPE_WIDENING = "typeWidening";
  static final String COLUMN_DEFAULTS = "allowColumnDefaults";
  static final String TIMESTAMP_NTZ = "timestampNtz";
  static final String VARIANT = "variantType";
  static final String IDENTITY = "identityColumns";
  static final String GENERATED = "generatedColumns";

  /** Property keys (lower case) whose value {@code true} enables a feature. */
  private static final Map<String, String> BOOLEAN_SWITCHES = Map.of(
      "delta.enabletypewidening", TYPE_WIDENING,
      "delta.enabledeletionvectors", "deletionVectors",
      "delta.enablechangedatafeed", "changeDataFeed",
      "delta.enablerowtracking", "rowTracking");

  private Features() {}

  /** The feature that setting {@code key} to {@code value} turns on, if any. */
  static Optional<String> enabledBy(String key, String value) {
    if (value == null) return Optional.empty();
    String k = key.toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    if (k.equals("delta.columnmapping.mode") && (v.equals("name") || v.equals("id"))) return Optional.of(COLUMN_MAPPING);
    if (BOOLEAN_SWITCHES.containsKey(k) && v.equals("true")) return Optional.of(BOOLEAN_SWITCHES.get(k));
    if (k.startsWith("delta.feature.") && (v.equals("supported") || v.equals("enabled"))) {
      return Optional.of(key.substring("delta.feature.".length()));
    }
    return Optional.empty();
  }

  /** True when the live table already has {@code feature}. */
  static boolean isLive(Table live, String feature) {
    for (Map.Entry<String, String> p : live.properties().entrySet()) {
      if (enabledBy(p.getKey(), p.getValue()).filter(feature::equalsIgnoreCase).isPresent()) return true;
    }
    return false;
  }

  /**
   * Features a change to an existing table needs set explicitly first
   * ({@code 'delta.feature.<name>'='supported'}): column defaults, and TIMESTAMP_NTZ / VARIANT types.
   */
  static Set<String> neededBy(SchemaChange change) {
    Set<String> out = new LinkedHashSet<>();
    if (change instanceof SchemaChange.AddColumn c) {
      if (c.column().defaultExpression() != null) out.add(COLUMN_DEFAULTS);
      addTypeFeatures(c.column().type(), out);
    } else if (change instanceof SchemaChange.AddField f) {
      addTypeFeatures(f.field().type(), out);
    } else if (change instanceof SchemaChange.ChangeDefault d && d.to() != null) {
      out.add(COLUMN_DEFAULTS);
    } else if (change instanceof SchemaChange.ChangeColumnType t) {
      addTypeFeatures(t.to(), out);
    }
    return out;
  }

  /** Features a new table gets: from its properties, its column defaults, types and generation. */
  static Set<String> ofNewTable(Table table) {
    Set<String> out = new LinkedHashSet<>();
    table.properties().forEach((k, v) -> enabledBy(k, v).ifPresent(out::add));
    out.addAll(declaredOnCreate(table));
    for (Column c : table.columns()) {
      if (c.generated() instanceof Generated.Identity) out.add(IDENTITY);
      if (c.generated() instanceof Generated.Expression) out.add(GENERATED);
    }
    return out;
  }

  /** Features a new table needs declared in TBLPROPERTIES (Delta does not add them by itself). */
  static Set<String> declaredOnCreate(Table table) {
    Set<String> out = new LinkedHashSet<>();
    for (Column c : table.columns()) {
      if (c.defaultExpression() != null) out.add(COLUMN_DEFAULTS);
      addTypeFeatures(c.type(), out);
    }
    return out;
  }

  static void addTypeFeatures(DataType type, Set<String> out) {
    if (type instanceof PrimitiveType p && p.kind() == PrimitiveType.Kind.TIMESTAMP_NTZ) out.add(TIMESTAMP_NTZ);
    if (type instanceof PrimitiveType p && p.kind() == PrimitiveType.Kind.VARIANT) out.add(VARIANT);
    if (type instanceof ArrayType a) addTypeFeatures(a.element(), out);
    if (type instanceof MapType m) {
      addTypeFeatures(m.key(), out);
      addTypeFeatures(m.value(), out);
    }
    if (type instanceof StructType s) s.fields().forEach(f -> addTypeFeatures(f.type(), out));
  }
}
