package dev.lakemigrate.model;

import java.util.Objects;

/** A field of a STRUCT; {@code comment} is null when there is none. */
public record StructField(String name, DataType type, boolean nullable, String comment) {
  public StructField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static StructField of(String name, DataType type) {
    return new StructField(name, type, true, null);
  }

  public String toSql() {
    return Sql.quoteIdent(name) + ": " + type.toSql() + (nullable ? "" : " NOT NULL")
        + (comment == null ? "" : " COMMENT " + Sql.quoteString(comment));
  }
}
