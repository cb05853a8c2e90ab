package dev.lakemigrate.model;

import dev.lakemigrate.error.DeclareErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a Spark SQL type string ({@code DECIMAL(18, 8)}, {@code map<string,array<int>>},
 * {@code STRUCT<`a b`: INT NOT NULL COMMENT 'x'>}) into the sealed {@link DataType}. Case and
 * whitespace do not matter; aliases fold (INTEGER→INT, LONG→BIGINT, SHORT→SMALLINT, BYTE→TINYINT,
 * REAL→FLOAT, DEC/NUMERIC→DECIMAL, bare DECIMAL→DECIMAL(10,0), TIMESTAMP_LTZ→TIMESTAMP). Used by
 * the loader for declared types and by introspection for Databricks' {@code full_data_type}.
 */
public final class TypeParser {
  /** Deeper nesting is refused rather than risking the stack on hostile input. */
  public static final int MAX_DEPTH = 64;

  private final String input;
  private int pos;
  private int depth;

  private TypeParser(String input) {
    this.input = input;
  }

  /** @throws ParseException with the offset of the first character that does not fit */
  public static DataType parse(String text) {
    TypeParser parser = new TypeParser(text);
    DataType type = parser.type();
    parser.skipSpace();
    if (parser.pos < text.length()) throw parser.fail("expected end of type");
    return type;
  }

  private DataType type() {
    skipSpace();
    int start = pos;
    String word = word("expected a type name").toUpperCase(Locale.ROOT);
    if (++depth > MAX_DEPTH) throw failAt(start, "nesting deeper than " + MAX_DEPTH + " levels");
    try {
      return typeNamed(word, start);
    } finally {
      depth--;
    }
  }

  private DataType typeNamed(String word, int start) {
    switch (word) {
      case "ARRAY":
        expect('<');
        DataType element = type();
        expect('>');
        return new ArrayType(element);
      case "MAP":
        expect('<');
        DataType key = type();
        expect(',');
        DataType value = type();
        expect('>');
        return new MapType(key, value);
      case "STRUCT":
        return struct();
      case "DECIMAL": case "DEC": case "NUMERIC":
        return decimal();
      case "CHAR": case "CHARACTER":
        return new CharType(length(word));
      case "VARCHAR":
        return new VarcharType(length(word));
      case "INTERVAL":
        return interval();
      default:
        PrimitiveType primitive = TypeNames.primitive(word);
        if (primitive == null) throw unknownType(word, start);
        return primitive;
    }
  }

  private StructType struct() {
    expect('<');
    List<StructField> fields = new ArrayList<>();
    if (peek() == '>') {
      pos++;
      return new StructType(fields);
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    do {
      skipSpace();
      int at = pos;
      StructField field = field();
      if (!names.add(field.name().toLowerCase(Locale.ROOT))) throw failAt(at, "duplicate field name '" + field.name() + "'");
      fields.add(field);
    } while (accept(','));
    expect('>');
    return new StructType(fields);
  }

  private StructField field() {
    skipSpace();
    String name = peek() == '`' ? backticked() : word("expected a field name");
    accept(':');
    DataType type = type();
    boolean nullable = true;
    String comment = null;
    while (true) {
      skipSpace();
      int at = pos;
      String next = peekWord().toUpperCase(Locale.ROOT);
      if (next.equals("NOT") && nullable) {
        pos += 3;
        skipSpace();
        if (!peekWord().equalsIgnoreCase("NULL")) throw fail("expected NULL after NOT");
        pos += 4;
        nullable = false;
      } else if (next.equals("COMMENT") && comment == null) {
        pos += 7;
        comment = string();
      } else {
        pos = at;
        return new StructField(name, type, nullable, comment);
      }
    }
  }

  private DecimalType decimal() {
    if (!accept('(')) return new DecimalType(10, 0);
    int at = pos;
    int precision = number();
    int scale = accept(',') ? number() : 0;
    expect(')');
    if (precision < 1 || precision > DecimalType.MAX_PRECISION || scale > precision) {
      throw failAt(at, "DECIMAL(" + precision + "," + scale + ") needs precision 1..38 and scale"
          + " 0..precision");
    }
    return new DecimalType(precision, scale);
  }

  private int length(String word) {
    expect('(');
    int at = pos;
    int n = number();
    expect(')');
    if (n < 1) throw failAt(at, word + " length must be at least 1");
    return n;
  }

  private IntervalType interval() {
    IntervalType.Field start = intervalField();
    IntervalType.Field end = start;
    skipSpace();
    int at = pos;
    if (peekWord().equalsIgnoreCase("TO")) {
      pos += 2;
      end = intervalField();
    }
    if (!TypeNames.validInterval(start, end)) {
      throw failAt(at, "INTERVAL " + start + " TO " + end + " is not a valid interval");
    }
    return new IntervalType(start, end);
  }

  private IntervalType.Field intervalField() {
    skipSpace();
    int at = pos;
    String word = word("expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND");
    try {
      return IntervalType.Field.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw failAt(at, "expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND");
    }
  }

  private String backticked() {
    int at = pos;
    pos++;
    StringBuilder name = new StringBuilder();
    while (pos < input.length()) {
      char c = input.charAt(pos++);
      if (c != '`') {
        name.append(c);
      } else if (pos < input.length() && input.charAt(pos) == '`') {
        name.append('`');
        pos++;
      } else {
        return name.toString();
      }
    }
    throw failAt(at, "unterminated quoted name");
  }

  private String string() {
    skipSpace();
    int at = pos;
    char quote = peek();
    if (quote != '\'' && quote != '"') throw fail("expected a quoted comment");
    pos++;
    StringBuilder text = new StringBuilder();
    while (pos < input.length()) {
      char c = input.charAt(pos++);
      if (c == quote) return text.toString();
      if (c != '\\') {
        text.append(c);
      } else if (pos < input.length()) {
        pos = TypeNames.unescape(input, pos, text);
      }
    }
    throw failAt(at, "unterminated string");
  }

  private int number() {
    skipSpace();
    int start = pos;
    while (pos < input.length() && Character.isDigit(input.charAt(pos))) pos++;
    if (start == pos) throw fail("expected a number");
    if (pos - start > 9) throw failAt(start, "number too large");
    return Integer.parseInt(input.substring(start, pos));
  }

  private String word(String expected) {
    skipSpace();
    String word = peekWord();
    if (word.isEmpty()) throw fail(expected);
    pos += word.length();
    return word;
  }

  private String peekWord() {
    int end = pos;
    while (end < input.length() && isWordChar(input.charAt(end))) end++;
    return input.substring(pos, end);
  }

  private static boolean isWordChar(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }

  private void expect(char c) {
    if (!accept(c)) throw fail("expected '" + c + "'");
  }

  private boolean accept(char c) {
    if (peek() != c) return false;
    pos++;
    return true;
  }

  private char peek() {
    skipSpace();
    return pos < input.length() ? input.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) pos++;
  }

  private ParseException unknownType(String word, int at) {
    return new ParseException(input, at, "unknown type '" + word + "'", TypeNames.suggest(word));
  }

  private ParseException fail(String reason) {
    skipSpace();
    return failAt(pos, reason);
  }

  private ParseException failAt(int at, String reason) {
    return new ParseException(input, at, reason, null);
  }

  /** A type string that is not valid Spark SQL; {@code offset} counts characters from 0. */
  public static final class ParseException extends IllegalArgumentException {
    private final String input;
    private final int offset;
    private final String reason;
    private final String suggestion;

    ParseException(String input, int offset, String reason, String suggestion) {
      super(DeclareErrors.cannotParseType(input, reason, offset, suggestion));
      this.input = input;
      this.offset = offset;
      this.reason = reason;
      this.suggestion = suggestion;
    }

    public String input() { return input; }
    public int offset() { return offset; }
    public String reason() { return reason; }
    /** The nearest known type name for an unknown one, or null. */
    public String suggestion() { return suggestion; }
  }
}
