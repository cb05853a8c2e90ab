package dev.lakemigrate.introspect;

import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.IntervalType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.VarcharType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's names for the non-nested types, in both spellings Spark writes: the JSON names of
 * {@code StructType.json()} ({@code integer}, {@code long}, {@code byte}) and the catalog strings
 * of {@code catalogString} ({@code int}, {@code bigint}, {@code tinyint}).
 */
final class SparkTypeNames {
  private static final Map<String, PrimitiveType> PRIMITIVES = Map.ofEntries(
      Map.entry("boolean", PrimitiveType.BOOLEAN),
      Map.entry("byte", PrimitiveType.TINYINT),
      Map.entry("tinyint", PrimitiveType.TINYINT),
      Map.entry("short", PrimitiveType.SMALLINT),
      Map.entry("smallint", PrimitiveType.SMALLINT),
      Map.entry("integer", PrimitiveType.INT),
      Map.entry("int", PrimitiveType.INT),
      Map.entry("long", PrimitiveType.BIGINT),
      Map.entry("bigint", PrimitiveType.BIGINT),
      Map.entry("float", PrimitiveType.FLOAT),
      Map.entry("double", PrimitiveType.DOUBLE),
      Map.entry("string", PrimitiveType.STRING),
      Map.entry("binary", PrimitiveType.BINARY),
      Map.entry("date", PrimitiveType.DATE),
      Map.entry("timestamp", PrimitiveType.TIMESTAMP),
      Map.entry("timestamp_ltz", PrimitiveType.TIMESTAMP),
      Map.entry("timestamp_ntz", PrimitiveType.TIMESTAMP_NTZ),
      Map.entry("variant", PrimitiveType.VARIANT),
      Map.entry("void", PrimitiveType.VOID),
      Map.entry("null", PrimitiveType.VOID));

  private static final Pattern DECIMAL = Pattern.compile("decimal\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");
  private static final Pattern CHAR = Pattern.compile("(char|varchar)\\(\\s*(\\d+)\\s*\\)");
  private static final Pattern INTERVAL =
      Pattern.compile("interval (year|month|day|hour|minute|second)(?: to (year|month|day|hour|minute|second))?");

  private SparkTypeNames() {}

  /** The type a non-nested Spark type name stands for, or empty if lakemigrate does not know it. */
  static Optional<DataType> parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    PrimitiveType primitive = PRIMITIVES.get(n);
    if (primitive != null) return Optional.of(primitive);
    if (n.equals("decimal")) return Optional.of(new DecimalType(10, 0));
    Matcher m = DECIMAL.matcher(n);
    if (m.matches()) {
      return Optional.of(new DecimalType(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    m = CHAR.matcher(n);
    if (m.matches()) {
      int length = Integer.parseInt(m.group(2));
      return Optional.of(m.group(1).equals("char") ? new CharType(length) : new VarcharType(length));
    }
    m = INTERVAL.matcher(n);
    if (m.matches()) {
      IntervalType.Field start = field(m.group(1));
      IntervalType.Field end = m.group(2) == null ? start : field(m.group(2));
      return Optional.of(new IntervalType(start, end));
    }
    return Optional.empty();
  }

  private static IntervalType.Field field(String name) {
    return IntervalType.Field.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
