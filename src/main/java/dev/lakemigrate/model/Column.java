package dev.lakemigrate.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A top-level column. Nullable fields ({@code defaultExpression}, {@code generated},
 * {@code comment}) are null when absent. {@code renamedFrom} and {@code backfill} are directives of
 * a declaration, never facts of a live table; the differ reads them, nothing compares them.
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
    String backfill) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
  }

  public static Column of(String name, DataType type) {
    return new Column(name, type, true, null, null, null, Map.of(), null, null);
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultExpression, generated, comment, tags, renamedFrom, backfill);
  }

  public Column withType(DataType value) {
    return new Column(name, value, nullable, defaultExpression, generated, comment, tags, renamedFrom, backfill);
  }

  public Column withDefault(String value) {
    return new Column(name, type, nullable, value, generated, comment, tags, renamedFrom, backfill);
  }

  public Column withGenerated(Generated value) {
    return new Column(name, type, nullable, defaultExpression, value, comment, tags, renamedFrom, backfill);
  }

  public Column withComment(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, value, tags, renamedFrom, backfill);
  }

  public Column withTags(Map<String, String> value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, value, renamedFrom, backfill);
  }

  public Column withRenamedFrom(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, tags, value, backfill);
  }

  public Column withBackfill(String value) {
    return new Column(name, type, nullable, defaultExpression, generated, comment, tags, renamedFrom, value);
  }

  /** This column as a struct field (name, type, nullability, comment). */
  public StructField asField() {
    return new StructField(name, type, nullable, comment);
  }
}
