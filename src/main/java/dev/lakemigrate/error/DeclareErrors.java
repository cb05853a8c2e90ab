package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message of one stage: YAML loading, type parsing and validation of declarations. Messages say what is wrong, where,
 * and how to fix it ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class DeclareErrors {
  private DeclareErrors() {}

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
}
