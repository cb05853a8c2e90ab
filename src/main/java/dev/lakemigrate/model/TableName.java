package dev.lakemigrate.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A three-part table name. Unity Catalog and Spark's session catalog store names in lower case and
 * compare them case-insensitively, so the name is normalised to lower case once, here.
 */
public record TableName(String catalog, String schema, String name) implements Comparable<TableName> {
  public TableName {
    catalog = lower(Objects.requireNonNull(catalog, "catalog"));
    schema = lower(Objects.requireNonNull(schema, "schema"));
    name = lower(Objects.requireNonNull(name, "name"));
  }

  public static TableName of(String catalog, String schema, String name) {
    return new TableName(catalog, schema, name);
  }

  /** {@code `catalog`.`schema`.`name`}. */
  public String toSql() {
    return Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema) + "." + Sql.quoteIdent(name);
  }

  /** {@code `schema`.`name`}: the form {@code ALTER TABLE … RENAME TO} wants as its target. */
  public String toSqlTwoPart() {
    return Sql.quoteIdent(schema) + "." + Sql.quoteIdent(name);
  }

  public TableName withName(String newName) {
    return new TableName(catalog, schema, newName);
  }

  @Override
  public String toString() {
    return catalog + "." + schema + "." + name;
  }

  @Override
  public int compareTo(TableName o) {
    return toString().compareTo(o.toString());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
