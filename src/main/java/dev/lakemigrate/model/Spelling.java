package dev.lakemigrate.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the nearest candidate by edit distance, ignoring case. */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate closest to {@code word}, if it is within a third of the word's length (at least
   * 1, at most 3 edits); ties go to the earlier candidate, so callers get a stable answer.
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String wanted = word.toLowerCase(Locale.ROOT);
    int limit = Math.min(3, Math.max(1, wanted.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /**
   * The candidate closest to {@code word} however far it is (ties by name): for lists of valid keys
   * where the nearest one is always worth naming. {@code candidates} must not be empty.
   */
  public static String closest(String word, Collection<String> candidates) {
    String wanted = word.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .min(Comparator.<String>comparingInt(c -> distance(wanted, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
        .orElseThrow();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
