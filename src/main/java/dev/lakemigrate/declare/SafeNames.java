package dev.lakemigrate.declare;

import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.error.HostileInputErrors;
import java.util.regex.Pattern;

/**
 * The characters a catalog, schema or table name may hold. The Hive metastore of local mode refuses
 * table and schema names outside {@code [A-Za-z0-9_]} (Spark's
 * {@code INVALID_SCHEMA_OR_RELATION_NAME}), and Unity Catalog recommends the same; a catalog name may
 * also hold {@code -}. Refused at validation so no such name reaches SQL. Column names are free (they
 * are quoted, and Delta stores them as written).
 */
final class SafeNames {
  record Rule(String kind, Pattern allowed, String described, String strip) {}

  static final Rule TABLE = new Rule("table", Pattern.compile("[A-Za-z0-9_]+"), "letters A-Z, digits and _", "[^A-Za-z0-9_]");
  static final Rule SCHEMA = new Rule("schema", Pattern.compile("[A-Za-z0-9_]+"), "letters A-Z, digits and _", "[^A-Za-z0-9_]");
  static final Rule CATALOG = new Rule("catalog", Pattern.compile("[A-Za-z0-9_-]+"), "letters A-Z, digits, _ and -", "[^A-Za-z0-9_-]");

  private SafeNames() {}

  /** True when {@code name} is allowed; otherwise reports it and returns false. */
  static boolean check(Located<String> name, Rule rule, Problems problems) {
    if (rule.allowed().matcher(name.value()).matches()) return true;
    problems.add(HostileInputErrors.unsafeName(name.at().toString(), rule.kind(), name.value(), rule.described(),
        name.value().replaceAll(rule.strip(), "_").replaceAll("_+", "_")));
    return false;
  }
}
