package dev.lakemigrate.plan;

import dev.lakemigrate.model.TableName;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Switches that change what a plan may contain.
 *
 * @param allowDestructive run destructive changes (drops, rebuild swaps)
 * @param rebuildTables tables the user allows to be rebuilt (guarded rebuild): names, full names, or
 *     {@code *} for all
 * @param optimizeAfterClustering add {@code OPTIMIZE} after a clustering change
 */
public record PlanOptions(boolean allowDestructive, Set<String> rebuildTables, boolean optimizeAfterClustering) {
  public static final PlanOptions DEFAULT = new PlanOptions(false, Set.of(), false);

  public PlanOptions {
    rebuildTables = Set.copyOf(rebuildTables);
  }

  /** These options, with {@code tables} (by full name) also allowed to be rebuilt. */
  public PlanOptions allowingRebuildOf(Collection<TableName> tables) {
    Set<String> names = new LinkedHashSet<>(rebuildTables);
    tables.forEach(t -> names.add(t.toString()));
    return new PlanOptions(allowDestructive, names, optimizeAfterClustering);
  }
}
