package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message is built here, so wording stays consistent and tests can assert exact
 * text. Messages say what is wrong, where, and how to fix it:
 * {@code Cannot <verb> <object>: <detail>. <Fix>.}
 *
 * <p>Sections by stage; add a factory method to your stage's section.
 */
public final class Errors {
  private Errors() {}

  // ===================================================================== declare (YAML loading)

  private static final String TYPE_HINT = "Write a Spark SQL type such as BIGINT, DECIMAL(18,2),"
      + " ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>";

  /** The headline of {@code LakemigrateException(INVALID_DECLARATIONS, …)}. */
  public static String cannotLoadDeclarations(int problems) {
    return "Cannot load declarations: " + problems + (problems == 1 ? " problem" : " problems");
  }

  public static String cannotParseType(String input, String reason, int offset, String suggestion) {
    return "Cannot parse type '" + input + "': " + reason + " at offset " + offset + ". "
        + typeFix(suggestion);
  }

  public static String cannotParseColumnType(
      String at, String what, String input, String reason, int offset, String suggestion) {
    return at + ": Cannot parse type '" + input + "' of " + what + ": " + reason + " at offset "
        + offset + ". " + typeFix(suggestion);
  }

  private static String typeFix(String suggestion) {
    return suggestion == null ? TYPE_HINT + "." : "Did you mean " + suggestion + "?";
  }

  public static String noDeclarationRoot(String root) {
    return root + ": Cannot load declarations: no such directory. Pass the directory that holds"
        + " the table YAML files.";
  }

  public static String noDeclarationFiles(String root) {
    return root + ": Cannot load declarations: no *.yaml or *.yml file found. Add one file per"
        + " table, or pass the directory that holds them.";
  }

  public static String cannotReadFile(String file, String detail) {
    return file + ": Cannot read declaration file: " + detail + ". Check that the file exists and"
        + " is readable.";
  }

  public static String notUtf8(String at, int badByte) {
    return at + ": Cannot read declaration file: byte 0x" + String.format("%02X", badByte & 0xFF)
        + " is not valid UTF-8. Save the file as UTF-8.";
  }

  public static String fileTooLarge(String at, long size, long limit) {
    return at + ": Cannot load declaration file: " + size + " bytes exceeds the limit of " + limit
        + " bytes. Split it into one file per table.";
  }

  public static String emptyFile(String at) {
    return at + ": Cannot load declaration file: it is empty. Declare a table ('table: <name>')"
        + " or delete the file.";
  }

  public static String notAMapping(String at, String found) {
    return at + ": Cannot load declaration file: the document is " + found + ", not a mapping."
        + " Start the file with 'table: <name>' or 'tables:'.";
  }

  public static String yamlSyntax(String at, String detail) {
    return at + ": Cannot parse YAML: " + detail + ". Fix the YAML syntax.";
  }

  public static String yamlAlias(String at, String alias) {
    return at + ": Cannot load YAML alias '*" + alias + "': anchors and aliases are not supported."
        + " Write the value out in full.";
  }

  public static String yamlTooDeep(String at, int limit) {
    return at + ": Cannot load YAML: nesting is deeper than " + limit + " levels. Flatten the"
        + " document.";
  }

  public static String secondDocument(String at) {
    return at + ": Cannot load a second YAML document ('---'): one document per file. Move it to"
        + " its own file, or list the tables under 'tables:'.";
  }

  public static String duplicateKey(String at, String key, String firstAt) {
    return at + ": Cannot read key '" + key + "': it is already set at " + firstAt + ". Remove one"
        + " of them.";
  }

  public static String unknownKey(String at, String key, String where, String suggestion,
      java.util.Collection<String> valid) {
    return at + ": Cannot read key '" + key + "' in " + where + ": unknown key. "
        + (suggestion != null ? "Did you mean '" + suggestion + "'?"
            : "Valid keys: " + String.join(", ", valid) + ".");
  }

  public static String missingKey(String at, String key, String where) {
    return at + ": Cannot declare " + where + ": required key '" + key + "' is missing. Add it.";
  }

  public static String wrongType(String at, String key, String where, String expected, String actual) {
    return at + ": Cannot read '" + key + "' in " + where + ": expected " + expected + ", got "
        + actual + ". Change the value to " + expected + ".";
  }

  public static String emptyValue(String at, String key, String where) {
    return at + ": Cannot read '" + key + "' in " + where + ": the value is empty. Write a value or"
        + " remove the key.";
  }

  public static String noColumns(String at, String table) {
    return at + ": Cannot declare table " + table + ": it has no columns. Declare at least one"
        + " column.";
  }

  public static String unpartitionableType(String at, String table, String column, String type) {
    return at + ": Cannot partition table " + table + " by column " + column + ": type " + type
        + " cannot be a partition column. Partition by a column of an atomic type, or use"
        + " liquid_clustering.";
  }

  public static String reservedTableName(String at, String name) {
    return at + ": Cannot declare table " + name + ": names starting with '_' are reserved for"
        + " lakemigrate. Rename the table.";
  }

  public static String dottedTableName(String at, String name) {
    return at + ": Cannot declare table '" + name + "': the name contains '.'. Put the schema and"
        + " catalog under 'schema:' and 'catalog:'.";
  }

  public static String duplicateTable(String at, String name, String firstAt) {
    return at + ": Cannot declare table " + name + " twice: it is already declared at " + firstAt
        + ". Remove or rename one (table names are case-insensitive).";
  }

  public static String duplicateColumn(String at, String table, String column, String firstAt) {
    return at + ": Cannot declare column " + column + " twice in table " + table + ": it is"
        + " already declared at " + firstAt + ". Remove or rename one (names are"
        + " case-insensitive).";
  }

  public static String duplicateCheck(String at, String table, String name, String firstAt) {
    return at + ": Cannot declare check constraint " + name + " twice in table " + table + ": it"
        + " is already declared at " + firstAt + ". Rename one (constraint names are"
        + " case-insensitive).";
  }

  public static String structNeedsFields(String at, String what) {
    return at + ": Cannot declare " + what + ": type STRUCT needs 'fields'. List the fields under"
        + " 'fields:', or write the type inline, e.g. STRUCT<city: STRING>.";
  }

  public static String fieldsNeedStruct(String at, String what, String type) {
    return at + ": Cannot declare " + what + ": 'fields' needs type STRUCT, not " + type + ". Set"
        + " 'type: STRUCT' or remove 'fields'.";
  }

  public static String unknownColumn(String at, String table, String role, String column) {
    return at + ": Cannot use column " + column + " in " + role + " of table " + table + ": no"
        + " such column. Declare the column or fix the name.";
  }

  public static String clusteringAndPartitioning(String at, String table) {
    return at + ": Cannot declare both liquid_clustering and partitioned_by on table " + table
        + ": Delta does not combine them. Keep liquid_clustering and remove partitioned_by.";
  }

  public static String tooManyClusteringColumns(String at, String table, int count) {
    return at + ": Cannot cluster table " + table + " by " + count + " columns: Delta allows at"
        + " most 4. Keep the 4 columns queries filter on most.";
  }

  public static String unclusterableType(String at, String table, String column, String type) {
    return at + ": Cannot cluster table " + table + " by column " + column + ": Delta keeps no"
        + " statistics for type " + type + ". Cluster by a numeric, string, date or timestamp"
        + " column.";
  }

  public static String nullableKeyColumn(String at, String table, String column) {
    return at + ": Cannot use nullable column " + column + " in primary_key of table " + table
        + ": key columns must be NOT NULL. Set 'nullable: false' on the column.";
  }

  public static String badTableReference(String at, String reference) {
    return at + ": Cannot parse table reference '" + reference + "': too many parts. Write table,"
        + " schema.table or catalog.schema.table.";
  }

  public static String unknownReferencedTable(String at, String table, String column, String ref) {
    return at + ": Cannot reference table " + ref + " from the foreign_key of column " + column
        + " in table " + table + ": no such table is declared. Declare it, or qualify the name as"
        + " schema.table or catalog.schema.table.";
  }

  public static String unknownReferencedColumn(
      String at, String table, String column, String ref, String refColumn) {
    return at + ": Cannot reference column " + refColumn + " of table " + ref + " from the"
        + " foreign_key of column " + column + " in table " + table + ": no such column. Fix the"
        + " column name.";
  }

  public static String referenceNotPrimaryKey(
      String at, String table, String column, String ref, String refColumn) {
    return at + ": Cannot reference column " + refColumn + " of table " + ref + " from the"
        + " foreign_key of column " + column + " in table " + table + ": a foreign key must"
        + " reference the primary key. Declare 'primary_key: {columns: [" + refColumn + "]}' on "
        + ref + ".";
  }

  public static String unparseableGenerated(String at, String table, String column, String text) {
    return at + ": Cannot parse 'generated: " + text + "' of column " + column + " in table "
        + table + ": unknown form. Write ALWAYS AS IDENTITY, BY DEFAULT AS IDENTITY (START WITH 1"
        + " INCREMENT BY 1) or ALWAYS AS (<expression>).";
  }

  public static String identityNotBigint(String at, String table, String column, String type) {
    return at + ": Cannot declare identity column " + column + " in table " + table + " with type "
        + type + ": identity columns must be BIGINT. Change the type to BIGINT.";
  }

  public static String identityZeroStep(String at, String table, String column) {
    return at + ": Cannot declare identity column " + column + " in table " + table + ": INCREMENT"
        + " BY 0 never advances. Use a non-zero step.";
  }

  public static String generatedWithDefault(String at, String table, String column) {
    return at + ": Cannot declare both 'generated' and 'default' on column " + column + " in table "
        + table + ": a generated column computes its own value. Remove 'default'.";
  }

  public static String notSingleExpression(String at, String what, String problem) {
    return at + ": Cannot use " + what + " as a SQL expression: " + problem + ". Write exactly one"
        + " expression.";
  }

  public static String constraintProperty(String at, String table, String key) {
    return at + ": Cannot set table property " + key + " on table " + table + ": CHECK"
        + " constraints are not properties. Declare it under check_constraints.";
  }

  public static String unknownDeltaProperty(String at, String table, String key, String suggestion) {
    return at + ": Cannot set table property " + key + " on table " + table + ": unknown Delta"
        + " property. " + (suggestion != null ? "Did you mean " + suggestion + "?"
            : "Use a property listed in docs/yaml-format.md, or a key outside the delta. prefix.");
  }

  public static String unknownTableFeature(String at, String table, String key, String suggestion) {
    return at + ": Cannot set table property " + key + " on table " + table + ": unknown table"
        + " feature. " + (suggestion != null ? "Did you mean " + suggestion + "?"
            : "Use a feature listed in docs/yaml-format.md.");
  }

  public static String tableFeatureValue(String at, String table, String key, String value) {
    return at + ": Cannot set table property " + key + " to '" + value + "' on table " + table
        + ": a table feature can only be set to 'supported'. Set it to 'supported'.";
  }

  // ===================================================================== diff and plan

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
  public static final String FIX_PARTITIONING = "Keep partitioned_by as it is, or rebuild the table with the new layout";
  public static final String FIX_GENERATED_ON_EXISTING =
      "Declare it as a plain column filled by your pipeline, or rebuild the table";
  public static final String FIX_KEEP_GENERATION = "Keep the current definition, or rebuild the table";
  public static final String FIX_NULLABLE_OR_REBUILD = "Declare it nullable, or rebuild the table";
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

  // ===================================================================== apply, history, lock

  /** A blocked plan reached apply: nothing runs; every blocker is listed. */
  public static LakemigrateException planRefused(java.util.List<String> blockers) {
    return new LakemigrateException(ErrorCode.PLAN_REFUSED,
        "Cannot apply plan: it is refused for " + pluralise(blockers.size(), "reason") + " and nothing was executed."
            + " Fix each problem below (or pass --allow-destructive where a destructive change is intended), then plan again.",
        blockers, null);
  }

  /** Another run holds the apply lock of this ledger. */
  public static LakemigrateException locked(String ledger, String holderRunId, java.time.Instant leaseExpiry) {
    return new LakemigrateException(ErrorCode.LOCKED,
        "Cannot take the apply lock on " + ledger + ": run " + holderRunId + " holds it until " + leaseExpiry + ". "
            + "Wait for that run to finish; if it crashed, its lease expires at that time and the next apply proceeds.");
  }

  /** A statement failed; earlier ones are applied and recorded, later ones untouched. */
  public static LakemigrateException applyFailed(int index, int total, String table, String error, Throwable cause) {
    String done = index > 1 ? "statements 1-" + (index - 1) + " are applied and recorded in the ledger" : "nothing was applied";
    return new LakemigrateException(ErrorCode.APPLY_FAILED,
        "Cannot apply statement " + index + " of " + total + " on " + table + ": " + flattenLines(error) + ". "
            + "Fix the cause and run apply again: " + done + ", and the next plan starts from the live state.",
        java.util.List.of(), cause);
  }

  /** The re-plan after the last statement still found changes. */
  public static LakemigrateException notConverged(java.util.List<String> leftovers) {
    return new LakemigrateException(ErrorCode.NOT_CONVERGED,
        "Cannot confirm apply: the live tables still differ from the declarations after every statement ran"
            + " (" + pluralise(leftovers.size(), "change") + " left over). Run plan to see them; if they persist,"
            + " report a bug with the plan output.",
        leftovers, null);
  }

  /** The live state of a table changed between `plan --out` and `apply --plan`. */
  public static LakemigrateException reviewedPlanStale(String planFile, String tables) {
    return new LakemigrateException(ErrorCode.REVIEWED_PLAN_STALE,
        "Cannot apply reviewed plan " + planFile + ": live state of " + tables
            + " changed since the plan was made. Run plan again and review the new plan.");
  }

  /** The reviewed-plan file's content no longer matches the id it was written with. */
  public static LakemigrateException reviewedPlanEdited(String planFile, String id) {
    return new LakemigrateException(ErrorCode.REVIEWED_PLAN_STALE,
        "Cannot apply reviewed plan " + planFile + ": its statements do not match its id " + id
            + ", so it was edited after it was written. Run plan --out again and review the new file.");
  }

  /** The reviewed-plan file cannot be read as one. */
  public static LakemigrateException reviewedPlanUnreadable(String planFile, String detail, Throwable cause) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot read reviewed plan " + planFile + ": " + flattenLines(detail) + ". Pass a file written by plan --out.",
        java.util.List.of(), cause);
  }

  private static String pluralise(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String flattenLines(String text) {
    String t = text == null ? "unknown error" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  // ===================================================================== spark edge, introspection

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
        + " (its embedded metastore admits one process at a time). Wait for that run to finish, or use"
        + " another --warehouse.";
  }

  public static LakemigrateException lockLost(String lockTable, String runId, String holderRunId) {
    return new LakemigrateException(ErrorCode.LOCKED, "Cannot renew the apply lock " + lockTable
        + " for run " + runId + ": " + (holderRunId == null ? "nobody" : "run " + holderRunId)
        + " holds it now (the lease expired). Run again; the plan is recomputed from the live state.");
  }

  // ===================================================================== cli and configuration

  public static LakemigrateException usage(String detail, String command) {
    String help = command == null ? "lakemigrate --help" : "lakemigrate " + command + " --help";
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot parse the command line: " + cliStripPeriod(detail) + ". Run '" + help + "' for the options.");
  }

  public static LakemigrateException invalidConfiguration(List<String> problems) {
    return new LakemigrateException(ErrorCode.CONFIGURATION,
        "Cannot resolve the configuration: " + cliCount(problems.size(), "problem") + ".", problems, null);
  }

  public static String unknownConfigKey(String origin, String key, String nearest) {
    return origin + ": Cannot use configuration key " + key + ": no such key. Did you mean " + nearest
        + "? (every key: reference.conf)";
  }

  public static String badConfigValue(String origin, String key, String detail) {
    return origin + ": Cannot read configuration key " + key + ": " + cliStripPeriod(detail)
        + ". Fix the value (its default and type: reference.conf).";
  }

  public static String unknownConfigTarget(String target, String file, List<String> targets) {
    return "Cannot use target " + target + ": " + file + " does not exist. Create it, or pick one of: "
        + String.join(", ", targets) + ".";
  }

  public static String missingConfDir(String dir) {
    return "Cannot read configuration directory " + dir + ": it does not exist. Point --conf-dir at the"
        + " bundle's conf/ directory.";
  }

  public static String unreadableConfFile(String file, String detail) {
    return "Cannot read configuration file " + file + ": " + cliStripPeriod(detail) + ". Fix its HOCON syntax.";
  }

  public static String badConfOption(String text) {
    return "Cannot use --conf " + text + ": expected KEY=VALUE. Write it as --conf lakemigrate.lock.wait=1m.";
  }

  public static LakemigrateException unknownTables(List<String> requested, List<String> known) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot limit the run to " + String.join(", ", requested) + ": no declaration or live table has"
            + (requested.size() == 1 ? " that name" : " those names") + ". Pick from: "
            + (known.isEmpty() ? "(none)" : String.join(", ", known)) + ".");
  }

  /** @param drifted one line per change: {@code table: what differs} */
  public static LakemigrateException drift(int tables, List<String> drifted) {
    return new LakemigrateException(ErrorCode.DRIFT,
        "Cannot confirm the tables match their declarations: " + cliCount(tables, "table") + " drifted ("
            + cliCount(drifted.size(), "change") + "). Run apply, or update the declarations (pull shows"
            + " the live state).", drifted, null);
  }

  public static LakemigrateException unwritableFile(String what, String file, String detail) {
    return new LakemigrateException(ErrorCode.INTERNAL,
        "Cannot write " + what + " " + file + ": " + cliStripPeriod(detail) + ". Check the path and its permissions.");
  }

  public static LakemigrateException commandFailed(String command, Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cliFirstLine(cause.getMessage());
    return new LakemigrateException(ErrorCode.INTERNAL,
        "Cannot complete " + command + ": " + cliStripPeriod(detail) + ". Run again with --debug for the stack trace.",
        List.of(), cause);
  }

  public static LakemigrateException sparkMissing(Throwable cause) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot start Spark: its classes are not on the classpath (" + cause.getMessage() + "). Run through"
            + " bin/lakemigrate, or as a job on a Databricks cluster.", List.of(), cause);
  }

  /** The message a Databricks job run fails with (the report was printed before). */
  public static String jobRunFailed(String command, int exitCode, String message) {
    return "lakemigrate " + command + " failed (exit code " + exitCode + "): " + message;
  }

  private static String cliCount(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String cliStripPeriod(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String cliFirstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ===================================================================== end
}
