package dev.lakemigrate.diff;

import java.util.List;
import java.util.Locale;

/** The differ's notions of "the same": names case-insensitive, texts with absent = empty. */
final class Same {
  private Same() {}

  static boolean name(String a, String b) {
    return a.equalsIgnoreCase(b);
  }

  static boolean names(List<String> a, List<String> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (!name(a.get(i), b.get(i))) return false;
    }
    return true;
  }

  /** Comments: a missing comment and an empty one are the same. */
  static boolean text(String a, String b) {
    return orEmpty(a).equals(orEmpty(b));
  }

  /**
   * SQL expressions (defaults, CHECKs, generation): equal modulo whitespace outside quoted text.
   * Delta stores a CHECK as its tokens joined by spaces ({@code small > -1} reads back as
   * {@code small > - 1}), so spacing alone never counts as a change.
   */
  static boolean expression(String a, String b) {
    return withoutSpacing(orEmpty(a)).equals(withoutSpacing(orEmpty(b)));
  }

  /** Drops whitespace outside '…', "…" and `…` (a backslash escapes the next character inside quotes). */
  static String withoutSpacing(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && quote != '`' && i + 1 < sql.length()) out.append(sql.charAt(++i));
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Property values; booleans compare without case ({@code TRUE} = {@code true}). */
  static boolean propertyValue(String a, String b) {
    if (a == null || b == null) return a == b;
    if (isBoolean(a) && isBoolean(b)) return a.equalsIgnoreCase(b);
    return a.equals(b);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isBoolean(String s) {
    return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
