package dev.lakemigrate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The path to a column or a nested field, in Delta's ALTER syntax: {@code addr.city},
 * {@code items.element.sku}, {@code attrs.value.score}. A top-level column has one part.
 */
public record FieldPath(List<String> parts) {
  public FieldPath {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new IllegalArgumentException("a field path has at least one part");
  }

  public static FieldPath of(String... parts) {
    return new FieldPath(List.of(parts));
  }

  public FieldPath child(String part) {
    List<String> next = new ArrayList<>(parts);
    next.add(part);
    return new FieldPath(next);
  }

  public boolean isNested() {
    return parts.size() > 1;
  }

  /** The top-level column this path starts at. */
  public String column() {
    return parts.get(0);
  }

  public String leaf() {
    return parts.get(parts.size() - 1);
  }

  /** Every part quoted and joined with dots. */
  public String toSql() {
    return parts.stream().map(Sql::quoteIdent).collect(Collectors.joining("."));
  }

  @Override
  public String toString() {
    return String.join(".", parts);
  }
}
