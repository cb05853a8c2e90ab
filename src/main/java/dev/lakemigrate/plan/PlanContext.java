package dev.lakemigrate.plan;

import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a change is judged against: the whole diff (what else this plan declares for the table), the
 * live and declared tables, and the target engine. "Available" means live or declared in this plan.
 */
public record PlanContext(Diff diff, Engine engine) {
  public PlanContext {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(engine, "engine");
  }

  public Optional<Table> live(TableName table) {
    return diff.liveTable(table);
  }

  public Optional<Table> declared(TableName table) {
    return diff.declaredTable(table);
  }

  /** The value this plan sets for {@code key} (a new table's: its declared one), else the live value. */
  public Optional<String> propertyAfter(TableName table, String key) {
    for (SchemaChange c : diff.changes()) {
      if (c instanceof SchemaChange.SetProperty p && p.table().equals(table) && p.key().equalsIgnoreCase(key)) {
        return Optional.of(p.to());
      }
      if (c instanceof SchemaChange.CreateTable x && x.table().equals(table)) return property(x.definition(), key);
    }
    return live(table).flatMap(t -> property(t, key));
  }

  private static Optional<String> property(Table t, String key) {
    return t.properties().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst();
  }

  /** Column mapping by name (or id) is on live, declared for a new table, or enabled in this plan. */
  public boolean columnMappingAvailable(TableName table) {
    String key = "delta.columnMapping.mode";
    return propertyAfter(table, key).flatMap(v -> Features.enabledBy(key, v)).isPresent();
  }

  /** {@code delta.enableTypeWidening} is true live or declared in this plan. */
  public boolean typeWideningAvailable(TableName table) {
    return propertyAfter(table, "delta.enableTypeWidening").map(v -> v.equalsIgnoreCase("true")).orElse(false);
  }

  /** The features of {@code wanted} the live table does not have yet (all of them for a new table). */
  public Set<String> missingFeatures(TableName table, Set<String> wanted) {
    Set<String> out = new LinkedHashSet<>(wanted);
    live(table).ifPresent(t -> out.removeIf(f -> Features.isLive(t, f)));
    return out;
  }

  /** True when {@code change} clusters the table by something the engine applies (so OPTIMIZE has work). */
  public boolean clusteringTakesEffect(SchemaChange.ChangeClustering change) {
    return !change.to().isNone() && (!change.to().auto() || engine.supportsClusterAuto());
  }

  /** The clustering change this plan makes to {@code table}, if any. */
  public Optional<SchemaChange.ChangeClustering> clusteringChange(TableName table) {
    return diff.changes().stream()
        .filter(c -> c instanceof SchemaChange.ChangeClustering && c.table().equals(table))
        .map(c -> (SchemaChange.ChangeClustering) c).findFirst();
  }
}
