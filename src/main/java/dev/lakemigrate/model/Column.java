package dev.lakemigrate.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level column. Nullable fields ({@code defaultExpression}, {@code generated},
 * {@code comment}) are null when absent. {@code renamedFrom}, {@code backfill} and
 * {@code fieldRenames} are directives of a declaration, never facts of a live table; the differ
 * reads them, nothing compares them.
 *
 * <p>{@code fieldRenames} holds the {@code renamed_from} of nested fields: the field's path in
 * declared names, starting with this column's name ({@code address.geo.latitude}), to the field's
 * previous name ({@code lat}). It lives here, not in {@link StructField}, so that {@link DataType}
 * equality keeps meaning "same schema": live types never carry a rename.
 */
public record Column(
    String name,
    DataType type,
    boolean nullable,
    String defaultExpression,
    Generated generated,
    String comment,
    Map<String, String> tags,
    String renamedFrom,
    String backfill,
    Map<FieldPath, String> fieldRenames) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
    fieldRenames = Collections.unmodifiableMap(new LinkedHashMap<>(fieldRenames == null ? Map.of() : fieldRenames));
  }

  /** A column without nested renames (the shape before {@code fieldRenames} existed). */
  public Column(String name, DataType type, boolean nullable, String defaultExpression, Generated generated,
      String comment, Map<String, String> tags, String renamedFrom, String backfill) {
    this(name, type, nullable, defaultExpression, generated, comment, tags, renamedFrom, backfill, Map.of());
  }

  public static Column of(String name, DataType type) {
    return new Column(name, type, true, null, null, null, Map.of(), null, null);
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultExpression, generated, comment, tags, renamedFrom, backfill, fieldRenames);
  }

  public Column withType(DataType value) {
    return new Column(name, value, nullable, defaultExpression, generated, comment, tags, renamedFrom, backfill, fieldRenames);
  }

  public Column withDefault(String value) {
    return new Column(name, type, nullable, value, generated, comment, tags, renamedFrom, backfill, fieldRenames);
  }

  public Column withGenerated(Generated value) {
    return new Column(name, type, nullable, defaultExpression, value, comment, tags, renamedFrom, backfill, fieldRenames);
  }

  public Column withComment(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, value, tags, renamedFrom, backfill, fieldRenames);
  }

  public Column withTags(Map<String, String> value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, value, renamedFrom, backfill, fieldRenames);
  }

  public Column withRenamedFrom(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, tags, value, backfill, fieldRenames);
  }

  public Column withBackfill(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, tags, renamedFrom, value, fieldRenames);
  }

  public Column withFieldRenames(Map<FieldPath, String> value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, tags, renamedFrom, backfill, value);
  }

  /** The previous name of the nested field at {@code path} (declared names, from this column), if declared. */
  public Optional<String> fieldRenamedFrom(FieldPath path) {
    return Optional.ofNullable(fieldRenames.get(path));
  }

  /** This column as a struct field (name, type, nullability, comment). */
  public StructField asField() {
    return new StructField(name, type, nullable, comment);
  }

  /**
   * The record's usual text; {@code fieldRenames} only when there are some, so text derived from a
   * table (the rebuild's backup name hash) is the same as before nested renames existed.
   */
  @Override
  public String toString() {
    return "Column[name=" + name + ", type=" + type + ", nullable=" + nullable + ", defaultExpression="
        + defaultExpression + ", generated=" + generated + ", comment=" + comment + ", tags=" + tags
        + ", renamedFrom=" + renamedFrom + ", backfill=" + backfill
        + (fieldRenames.isEmpty() ? "" : ", fieldRenames=" + fieldRenames) + "]";
  }
}
