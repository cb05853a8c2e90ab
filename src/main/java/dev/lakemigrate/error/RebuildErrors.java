package dev.lakemigrate.error;

import dev.lakemigrate.model.TableName;

/** Messages and notes of the guarded rebuild ({@code Cannot <verb> <object>: <detail>. <Fix>.}). */
public final class RebuildErrors {
  private RebuildErrors() {}

  /** What a rebuild costs, said in the plan so the user decides knowingly. */
  public static String noteCost(TableName table, TableName backup) {
    return "Rebuilds " + table + ": a new table is created with the declared definition, the rows are copied and"
        + " verified, then the names are swapped. Costs: the table gets a new table id and its Delta history restarts"
        + " (time travel and change data feed of the old history stay in the backup); streaming readers and writers"
        + " must restart. The original is kept as " + backup + " (reported by every plan,"
        + " dropped only by a later apply --allow-destructive).";
  }

  /** The verification query's error text (raised inside Spark when the copy does not match). */
  public static String copyMismatch(TableName table, TableName copy) {
    return "Cannot rebuild " + table + ": the copy in " + copy + " does not match (row count, or a cast turned values"
        + " NULL). The original is untouched; the next run drops the copy and starts over";
  }

  /**
   * The fix of a change only a guarded rebuild can make, for a table the user has not allowed to be
   * rebuilt: the change's own fix, then how to allow the rebuild.
   */
  public static String fixOrAllowRebuild(String fix, TableName table) {
    String allow = "allow a guarded rebuild of " + table.name() + ": declare allow_rebuild: true in its file, or run"
        + " with --allow-rebuild " + table.name();
    return fix == null ? "To make it, " + allow : fix + "; or " + allow;
  }

  public static String rebuiltBy(String what) {
    return what + " (by guarded rebuild)";
  }
}
