package dev.lakemigrate.plan;

import java.util.Set;

/**
 * Switches that change what a plan may contain.
 *
 * @param allowDestructive run destructive changes (drops, rebuild swaps)
 * @param rebuildTables tables the user allows to be rebuilt (guarded rebuild), or {@code *} for all
 * @param optimizeAfterClustering add {@code OPTIMIZE} after a clustering change
 */
public record PlanOptions(boolean allowDestructive, Set<String> rebuildTables, boolean optimizeAfterClustering) {
  public static final PlanOptions DEFAULT = new PlanOptions(false, Set.of(), false);

  public PlanOptions {
    rebuildTables = Set.copyOf(rebuildTables);
  }
}
