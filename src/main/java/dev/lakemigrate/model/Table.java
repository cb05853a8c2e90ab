package dev.lakemigrate.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Delta table, declared or live, in one normalised shape so the differ compares with
 * {@code equals}. {@code comment} and {@code primaryKey} are null when absent.
 *
 * <p>{@code properties} are the table properties the model speaks for: on a declared table, the keys
 * the declaration names; on a live table, every property read. {@code removedProperties} is
 * declaration-only: keys declared with value {@code null}, meaning "make sure this is unset".
 * CHECK constraints are not properties: {@code delta.constraints.*} is read into {@code checks}.
 * {@code unknown} lists the aspects the live side could not see (see {@link Aspect}).
 */
public record Table(
    TableName name,
    String comment,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checks,
    Clustering clustering,
    List<String> partitionColumns,
    Map<String, String> properties,
    Set<String> removedProperties,
    Map<String, String> tags,
    Set<Aspect> unknown) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    clustering = clustering == null ? Clustering.NONE : clustering;
    partitionColumns = List.copyOf(partitionColumns);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    removedProperties = Collections.unmodifiableSet(new LinkedHashSet<>(removedProperties));
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    unknown = unknown.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(Aspect.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(unknown));
  }

  /** Case-insensitive column lookup, as Spark resolves names. */
  public Optional<Column> column(String columnName) {
    String wanted = columnName.toLowerCase(Locale.ROOT);
    return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  public boolean knows(Aspect aspect) {
    return !unknown.contains(aspect);
  }

  /** The value of a table property, if set. */
  public Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(key));
  }

  public static Builder builder(TableName name) {
    return new Builder(name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.comment = comment;
    b.columns.addAll(columns);
    b.primaryKey = primaryKey;
    b.foreignKeys.addAll(foreignKeys);
    b.checks.addAll(checks);
    b.clustering = clustering;
    b.partitionColumns.addAll(partitionColumns);
    b.properties.putAll(properties);
    b.removedProperties.addAll(removedProperties);
    b.tags.putAll(tags);
    b.unknown.addAll(unknown);
    return b;
  }

  /** Assembles a table step by step (loader, introspection, tests). */
  public static final class Builder {
    private TableName name;
    private String comment;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private Clustering clustering = Clustering.NONE;
    private final List<String> partitionColumns = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Set<String> removedProperties = new LinkedHashSet<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Set<Aspect> unknown = EnumSet.noneOf(Aspect.class);

    private Builder(TableName name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder name(TableName value) { this.name = value; return this; }
    public Builder comment(String value) { this.comment = value; return this; }
    public Builder column(Column value) { columns.add(value); return this; }
    public Builder columns(List<Column> values) { columns.clear(); columns.addAll(values); return this; }
    public Builder primaryKey(PrimaryKey value) { this.primaryKey = value; return this; }
    public Builder foreignKey(ForeignKey value) { foreignKeys.add(value); return this; }
    public Builder check(CheckConstraint value) { checks.add(value); return this; }
    public Builder clustering(Clustering value) { this.clustering = value; return this; }
    public Builder partitionColumns(List<String> values) { partitionColumns.clear(); partitionColumns.addAll(values); return this; }
    public Builder property(String key, String value) { properties.put(key, value); return this; }
    public Builder removedProperty(String key) { removedProperties.add(key); return this; }
    public Builder tag(String key, String value) { tags.put(key, value); return this; }
    public Builder unknown(Aspect aspect) { unknown.add(aspect); return this; }
    /** Clears an unknown mark: a later read could see the aspect after all (Unity Catalog keys, tags). */
    public Builder known(Aspect aspect) { unknown.remove(aspect); return this; }
    public Builder foreignKeys(List<ForeignKey> values) { foreignKeys.clear(); foreignKeys.addAll(values); return this; }
    public Builder tags(Map<String, String> values) { tags.clear(); tags.putAll(values); return this; }

    public Table build() {
      return new Table(name, comment, columns, primaryKey, foreignKeys, checks, clustering,
          partitionColumns, properties, removedProperties, tags, unknown);
    }
  }
}
