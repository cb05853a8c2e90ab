package dev.lakemigrate.cli;

import java.util.Collection;
import java.util.Comparator;

/** The closest valid name to a misspelt one (Levenshtein distance, ties by name). */
final class NearestKey {
  private NearestKey() {}

  static String of(String wanted, Collection<String> valid) {
    return valid.stream()
        .min(Comparator.<String>comparingInt(v -> distance(wanted, v)).thenComparing(v -> v))
        .orElseThrow();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
