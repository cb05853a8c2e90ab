package dev.lakemigrate.introspect;

import dev.lakemigrate.error.EdgeErrors;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Spark's {@code catalogString} ({@code struct<a:varchar(5),b:int>}, {@code array<char(2)>},
 * {@code map<string,varchar(4)>}). Spark keeps a column's declared CHAR/VARCHAR type only in this
 * form (field metadata {@code __CHAR_VARCHAR_TYPE_STRING}); it carries no nullability or comments.
 * Field names may be back-quoted, or bare even when they hold odd characters (Spark writes them
 * unquoted), so a bare name runs up to its {@code :}.
 */
final class CatalogTypeParser {
  private final String text;
  private int pos;

  private CatalogTypeParser(String text) {
    this.text = text;
  }

  static DataType parse(String catalogString) {
    CatalogTypeParser parser = new CatalogTypeParser(catalogString.trim());
    DataType type = parser.type();
    if (parser.pos != parser.text.length()) throw parser.error();
    return type;
  }

  private DataType type() {
    if (startsWithWord("array<")) {
      DataType element = type();
      expect('>');
      return new ArrayType(element);
    }
    if (startsWithWord("map<")) {
      DataType key = type();
      expect(',');
      DataType value = type();
      expect('>');
      return new MapType(key, value);
    }
    if (startsWithWord("struct<")) {
      return struct();
    }
    return primitive();
  }

  private StructType struct() {
    List<StructField> fields = new ArrayList<>();
    if (peek() == '>') {
      pos++;
      return new StructType(fields);
    }
    do {
      String name = fieldName();
      expect(':');
      fields.add(StructField.of(name, type()));
    } while (accept(','));
    expect('>');
    return new StructType(fields);
  }

  private String fieldName() {
    if (peek() != '`') {
      int colon = text.indexOf(':', pos);
      if (colon < 0) throw error();
      String name = text.substring(pos, colon);
      pos = colon;
      return name;
    }
    StringBuilder name = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c != '`') {
        name.append(c);
      } else if (peek() == '`') {
        name.append('`');
        pos++;
      } else {
        return name.toString();
      }
    }
    throw error();
  }

  private DataType primitive() {
    int start = pos;
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (depth == 0 && (c == ',' || c == '>')) break;
      pos++;
    }
    String name = text.substring(start, pos);
    return SparkTypeNames.parse(name).orElseThrow(() -> error());
  }

  private boolean startsWithWord(String prefix) {
    if (text.regionMatches(true, pos, prefix, 0, prefix.length())) {
      pos += prefix.length();
      return true;
    }
    return false;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private boolean accept(char c) {
    if (peek() != c) return false;
    pos++;
    return true;
  }

  private void expect(char c) {
    if (!accept(c)) throw error();
  }

  private IllegalArgumentException error() {
    return new IllegalArgumentException(EdgeErrors.unreadableSparkType(text, pos));
  }
}
