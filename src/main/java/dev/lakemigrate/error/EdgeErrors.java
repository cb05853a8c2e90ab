package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message of one stage: the Spark edge and introspection. Messages say what is wrong, where,
 * and how to fix it ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class EdgeErrors {
  private EdgeErrors() {}

  public static String cannotIntrospect(dev.lakemigrate.model.TableName table, String detail) {
    return "Cannot read live table " + table + ": " + detail
        + ". Check that the table is a Delta table you may read, then run again.";
  }

  public static String unknownSparkType(String field, String type) {
    return "Cannot read type of column " + field + ": " + type + " is not a type lakemigrate knows."
        + " Change the column to a supported type or leave the table out with --tables.";
  }

  public static String unreadableSparkType(String type, int position) {
    return "Cannot read Spark type " + type + ": unexpected text at position " + position + "."
        + " Leave the table out with --tables and report the type to the lakemigrate maintainers.";
  }

  public static String unreadableSchemaJson(String detail) {
    return "Cannot read the table schema Spark returned: " + detail
        + ". Report this to the lakemigrate maintainers with the Spark version.";
  }

  public static String unreadableClusteringColumns(String value) {
    return "Cannot read table property clusteringColumns: " + value + " is not a JSON list of column"
        + " paths. Reset the clustering with ALTER TABLE … CLUSTER BY, then run again.";
  }

  public static String unknownEngine() {
    return "Cannot detect the engine: neither a Databricks runtime nor delta-spark on the classpath."
        + " Run on Databricks, or add io.delta:delta-spark to the classpath.";
  }

  public static String localWarehouseBusy(java.nio.file.Path warehouse) {
    return "Cannot open the local warehouse " + warehouse + ": another lakemigrate process is using it"
        + " (its embedded metastore admits one process at a time). Wait for that run to finish, use"
        + " another --warehouse, or let the processes share a Derby network server (lakemigrate.local.metastore-url).";
  }

  public static LakemigrateException lockLost(String lockTable, String runId, String holderRunId) {
    return new LakemigrateException(ErrorCode.LOCKED, "Cannot renew the apply lock " + lockTable
        + " for run " + runId + ": " + (holderRunId == null ? "nobody" : "run " + holderRunId)
        + " holds it now (the lease expired). Run again; the plan is recomputed from the live state.");
  }
}
