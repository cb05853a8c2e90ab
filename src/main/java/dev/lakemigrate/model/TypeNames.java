package dev.lakemigrate.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Spellings the {@link TypeParser} folds, and the small lexical rules it shares. */
final class TypeNames {
  private TypeNames() {}

  private static final Map<String, PrimitiveType> PRIMITIVES = new LinkedHashMap<>();

  static {
    alias(PrimitiveType.BOOLEAN, "BOOLEAN");
    alias(PrimitiveType.TINYINT, "TINYINT", "BYTE");
    alias(PrimitiveType.SMALLINT, "SMALLINT", "SHORT");
    alias(PrimitiveType.INT, "INT", "INTEGER");
    alias(PrimitiveType.BIGINT, "BIGINT", "LONG");
    alias(PrimitiveType.FLOAT, "FLOAT", "REAL");
    alias(PrimitiveType.DOUBLE, "DOUBLE");
    alias(PrimitiveType.STRING, "STRING");
    alias(PrimitiveType.BINARY, "BINARY");
    alias(PrimitiveType.DATE, "DATE");
    alias(PrimitiveType.TIMESTAMP, "TIMESTAMP", "TIMESTAMP_LTZ");
    alias(PrimitiveType.TIMESTAMP_NTZ, "TIMESTAMP_NTZ");
    alias(PrimitiveType.VARIANT, "VARIANT");
    alias(PrimitiveType.VOID, "VOID");
  }

  /** Every type keyword, for suggestions. */
  private static final String[] KEYWORDS = {
    "BOOLEAN", "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL", "STRING",
    "CHAR", "VARCHAR", "BINARY", "DATE", "TIMESTAMP", "TIMESTAMP_NTZ", "VARIANT", "INTERVAL",
    "ARRAY", "MAP", "STRUCT"
  };

  private static void alias(PrimitiveType type, String... names) {
    for (String name : names) PRIMITIVES.put(name, type);
  }

  /** The primitive type an upper-case keyword names, or null. */
  static PrimitiveType primitive(String upperCaseWord) {
    return PRIMITIVES.get(upperCaseWord);
  }

  /** The nearest type keyword to a misspelling, or null when none is close. */
  static String suggest(String word) {
    return Spelling.nearest(word, java.util.List.of(KEYWORDS)).orElse(null);
  }

  /** YEAR [TO MONTH] and DAY..SECOND ranges; the two families do not mix. */
  static boolean validInterval(IntervalType.Field start, IntervalType.Field end) {
    boolean startYearMonth = start.ordinal() <= IntervalType.Field.MONTH.ordinal();
    boolean endYearMonth = end.ordinal() <= IntervalType.Field.MONTH.ordinal();
    return startYearMonth == endYearMonth && end.ordinal() >= start.ordinal();
  }

  /**
   * Appends the character a Spark backslash escape stands for ({@code \n}, {@code \t}, {@code \r},
   * {@code \b}, {@code \0}, {@code \Z}, {@code \}{@code uXXXX}; any other character stands for
   * itself) and returns the position after the escape. {@code at} is just past the backslash.
   */
  static int unescape(String s, int at, StringBuilder out) {
    char c = s.charAt(at);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'b' -> out.append('\b');
      case '0' -> out.append('\0');
      case 'Z' -> out.append('\u001A');
      case 'u' -> {
        if (at + 5 <= s.length() && s.substring(at + 1, at + 5).matches("[0-9a-fA-F]{4}")) {
          out.append((char) Integer.parseInt(s.substring(at + 1, at + 5), 16));
          return at + 5;
        }
        out.append(c);
      }
      default -> out.append(c);
    }
    return at + 1;
  }
}
