package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message of one stage: diff and plan: classifier messages, fixes, notes and skip reasons. Messages say what is wrong, where,
 * and how to fix it ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class PlanErrors {
  private PlanErrors() {}

  /** {@code Cannot <verb> <object>: <detail>. <Fix>.} */
  private static String cannot(String verb, String object, String detail, String fix) {
    return "Cannot " + verb + " " + object + ": " + detail + ". " + fix + ".";
  }

  private static String column(Object path, Object table) {
    return "column " + path + " of " + table;
  }

  /** The warning every protocol upgrade carries. */
  public static final String IRREVERSIBLE = "irreversible: older readers and some streaming consumers stop working";

  public static String fixColumnMapping() {
    return "Declare the table property delta.columnMapping.mode: name so column mapping is enabled first ("
        + IRREVERSIBLE + ")";
  }

  public static String fixTypeWidening() {
    return "Declare the table property delta.enableTypeWidening: true so type widening is enabled first ("
        + IRREVERSIBLE + ")";
  }

  public static final String FIX_NEW_COLUMN = "Add a new column, backfill it, then drop the old one";
  public static final String FIX_RENAME_TARGET_EXISTS =
      "Remove renamed_from, or drop the existing column in an earlier run";
  public static final String FIX_PARTITIONING = "Keep partitioned_by as it is";
  public static final String FIX_GENERATED_ON_EXISTING =
      "Declare it as a plain column filled by your pipeline";
  public static final String FIX_KEEP_GENERATION = "Keep the current definition";
  public static final String FIX_NULLABLE_OR_REBUILD = "Declare it nullable";
  public static final String FIX_BACKFILL = "Declare a default or a backfill expression, or declare it nullable";
  public static final String FIX_NULLABLE_FIELD = "Declare the field nullable";
  public static final String FIX_CLUSTERING_FIRST =
      "Change clustering first: remove it from liquid_clustering, then drop the column";
  public static final String FIX_UPGRADE_FOR_GENERATED =
      "Use Delta 4.4 or later, or declare the columns without generated";
  public static final String FIX_ALLOW_DESTRUCTIVE = "Re-run with --allow-destructive if that is intended";

  public static String cannotDropWithoutColumnMapping(Object table, Object path) {
    return cannot("drop", column(path, table), "the table does not use column mapping, which dropping a column needs",
        fixColumnMapping());
  }

  public static String cannotRenameWithoutColumnMapping(Object table, Object path, String newName) {
    return cannot("rename", column(path, table) + " to " + newName,
        "the table does not use column mapping, which renaming a column needs", fixColumnMapping());
  }

  public static String cannotRenameOntoExisting(Object table, Object path, String newName) {
    return cannot("rename", column(path, table) + " to " + newName, "a column " + newName + " already exists",
        FIX_RENAME_TARGET_EXISTS);
  }

  public static String cannotChangeTypeNotWidening(Object table, Object path, String from, String to, String engine) {
    return cannot("change type of", column(path, table), from + " -> " + to + " is not a widening " + engine
        + " supports", FIX_NEW_COLUMN);
  }

  public static String cannotWidenWithoutTypeWidening(Object table, Object path, String from, String to) {
    return cannot("change type of", column(path, table), from + " -> " + to
        + " needs type widening, which the table does not enable", fixTypeWidening());
  }

  public static String cannotChangePartitioning(Object table, Object from, Object to) {
    return cannot("change partitioning of", "table " + table, from + " -> " + to + " cannot change in place",
        FIX_PARTITIONING);
  }

  public static String cannotAddGeneratedColumn(Object table, String column) {
    return cannot("add", column(column, table),
        "identity and generated columns can only be declared when a table is created", FIX_GENERATED_ON_EXISTING);
  }

  public static String cannotChangeGeneration(Object table, String column, String from, String to) {
    return cannot("change generation of", column(column, table), from + " -> " + to + " cannot change in place",
        FIX_KEEP_GENERATION);
  }

  public static String cannotSetNotNull(Object table, Object path, String engine) {
    return cannot("set NOT NULL on", column(path, table), engine + " cannot tighten a column to NOT NULL",
        FIX_NULLABLE_OR_REBUILD);
  }

  public static String cannotAddNotNullColumn(Object table, String column, String engine) {
    return cannot("add NOT NULL", column(column, table), engine
        + " cannot tighten a column to NOT NULL after adding it, and ADD COLUMNS takes no NOT NULL",
        FIX_NULLABLE_OR_REBUILD);
  }

  public static String cannotAddNotNullWithoutBackfill(Object table, String column) {
    return cannot("add NOT NULL", column(column, table),
        "existing rows need a value and the column declares neither a default nor a backfill", FIX_BACKFILL);
  }

  public static String cannotAddNotNullField(Object table, Object path) {
    return cannot("add NOT NULL field", path + " to " + table, "existing rows would hold NULL in it",
        FIX_NULLABLE_FIELD);
  }

  public static String cannotDropClusteringColumn(Object table, Object path) {
    return cannot("drop", column(path, table), "it is a clustering column", FIX_CLUSTERING_FIRST);
  }

  public static String cannotCreateWithGenerated(Object table, String engine) {
    return cannot("create", "table " + table, "identity and generated columns need Delta 4.4 or later in SQL, and"
        + " the target is " + engine, FIX_UPGRADE_FOR_GENERATED);
  }

  /** A destructive change in a plan run without opt-in; {@code what} is e.g. "drop column x of t". */
  public static String cannotWithoutOptIn(String verb, String object, String loss) {
    return cannot(verb, object, loss, FIX_ALLOW_DESTRUCTIVE);
  }

  public static String noteFeature(Object table, String feature) {
    return "Enables table feature " + feature + " on " + table + " (" + IRREVERSIBLE + ").";
  }

  /** Appended to the message of a change that enables table features. */
  public static String enablesFeatures(java.util.Collection<String> features) {
    return "Enables table feature" + (features.size() == 1 ? " " : "s ") + String.join(", ", features) + " ("
        + IRREVERSIBLE + ").";
  }

  public static String noteGenerationInvisible(Object table) {
    return "Identity and generation expressions of " + table + " are not visible on open-source Delta and are"
        + " not compared.";
  }

  public static String noteOptimizeAfterClustering(Object table) {
    return "New clustering of " + table + " applies to new writes; OPTIMIZE " + table
        + " applies it to existing data.";
  }

  public static final String SKIP_PRIMARY_KEY = "PRIMARY KEY constraints exist only in Unity Catalog";
  public static final String SKIP_FOREIGN_KEY = "FOREIGN KEY constraints exist only in Unity Catalog";
  public static final String SKIP_TAGS = "tags exist only in Unity Catalog";
  public static final String SKIP_SET_NOT_NULL = "open-source Delta cannot tighten a column to NOT NULL";
  public static final String SKIP_CLUSTER_AUTO = "CLUSTER BY AUTO exists only on Databricks";
  public static final String SKIP_GENERATED = "identity and generated columns need Delta 4.4 or later in SQL";

  /** The reason a statement is shown but not run: {@code skipped on open-source Delta 4.4: …}. */
  public static String skippedOn(String engine, String reason) {
    return "skipped on " + engine + ": " + reason;
  }
}
