package dev.lakemigrate.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code --tables a,b}: the tables a run is limited to. Empty, blank or {@code all} means every table. */
final class TableSelection {
  private TableSelection() {}

  static List<String> parse(String text) {
    List<String> names = names(text);
    return names.equals(List.of("all")) ? List.of() : names;
  }

  /** {@code --allow-rebuild a,b}: the tables a guarded rebuild may replace; {@code all} (or {@code *}) is every one. */
  static List<String> parseRebuild(String text) {
    List<String> names = names(text);
    return names.contains("all") || names.contains("*") ? List.of("*") : names;
  }

  private static List<String> names(String text) {
    return Arrays.stream(text.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Filter over table names within a schema: the selected ones, or all; names starting with
   * {@code _} (the ledger, the lock) are never read.
   */
  static Predicate<String> filter(List<String> selected) {
    return name -> !name.startsWith("_") && (selected.isEmpty() || selected.contains(name.toLowerCase(Locale.ROOT)));
  }
}
