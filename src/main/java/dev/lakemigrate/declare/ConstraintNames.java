package dev.lakemigrate.declare;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Deterministic constraint names for what a declaration does not name itself. Parts are lower
 * cased and every character outside {@code [a-z0-9_]} becomes {@code _}:
 * {@code pk_<table>}, {@code fk_<table>_<column>}, {@code <column>_check}. A name already taken in
 * the table (explicit {@code check_constraints} names are taken first) gets {@code _2}, {@code _3}, …
 */
final class ConstraintNames {
  private final Set<String> taken = new HashSet<>();

  static String primaryKey(String table) {
    return "pk_" + clean(table);
  }

  /** Reserves a name the declaration gave explicitly. */
  void reserve(String name) {
    taken.add(name.toLowerCase(Locale.ROOT));
  }

  String check(String column) {
    return unique(clean(column) + "_check");
  }

  String foreignKey(String table, String column) {
    return unique("fk_" + clean(table) + "_" + clean(column));
  }

  private String unique(String base) {
    String name = base;
    for (int n = 2; !taken.add(name); n++) name = base + "_" + n;
    return name;
  }

  static String clean(String part) {
    return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }
}
