package dev.lakemigrate.declare;

import java.util.Set;

/**
 * The keys the loader accepts at each level of a declaration file, in documentation order. The
 * JSON Schema ({@code lakemigrate-declaration.schema.json}) lists the same sets; a test keeps
 * them equal.
 */
public final class DeclarationKeys {
  private DeclarationKeys() {}

  /** A file holding several tables: {@code tables: [...]} with optional defaults for them. */
  public static final Set<String> FILE = ordered("tables", "catalog", "schema");

  public static final Set<String> TABLE = ordered(
      "table", "catalog", "schema", "description", "comment", "columns", "primary_key",
      "check_constraints", "liquid_clustering", "partitioned_by", "table_properties", "tags", "allow_rebuild");

  public static final Set<String> COLUMN = ordered(
      "name", "type", "fields", "element", "key", "value", "nullable", "default", "generated", "check", "foreign_key",
      "comment", "tags", "renamed_from", "backfill");

  /** A field of a {@code type: STRUCT} column or field. */
  public static final Set<String> FIELD = ordered(
      "name", "type", "fields", "element", "key", "value", "nullable", "comment", "renamed_from");

  /** The {@code element:} of a {@code type: ARRAY}, or the {@code value:} of a {@code type: MAP}: a type without a name. */
  public static final Set<String> ELEMENT = ordered("type", "fields", "element", "key", "value");

  public static final Set<String> PRIMARY_KEY = ordered("columns", "rely");

  public static final Set<String> FOREIGN_KEY = ordered("table", "column");

  public static final Set<String> CHECK_CONSTRAINT = ordered("name", "expression");

  private static Set<String> ordered(String... keys) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(keys)));
  }
}
