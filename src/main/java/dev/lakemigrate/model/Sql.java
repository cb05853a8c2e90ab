package dev.lakemigrate.model;

/**
 * The only two ways user text reaches SQL: identifiers through {@link #quoteIdent}, string
 * literals through {@link #quoteString}. Every renderer uses these; nothing else concatenates
 * names or text into a statement.
 */
public final class Sql {
  private Sql() {}

  /** {@code my`col} → {@code `my``col`}. Spark identifiers are backtick-quoted, backticks doubled. */
  public static String quoteIdent(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /**
   * A Spark SQL string literal: single-quoted with backslash escapes (Spark treats {@code \} as an
   * escape character in literals, so a bare backslash must be doubled too).
   */
  public static String quoteString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\0' -> out.append("\\0");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }
}
