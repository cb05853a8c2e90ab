package dev.lakemigrate.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark rows → plain Java values, guided by the row's schema so no Scala type leaks out: STRING →
 * String; TINYINT/SMALLINT/INT → Integer; BIGINT → Long; FLOAT → Float; DOUBLE → Double; BOOLEAN;
 * DECIMAL → BigDecimal; TIMESTAMP → Instant; DATE → LocalDate; TIMESTAMP_NTZ → LocalDateTime;
 * ANSI intervals → Period/Duration; BINARY → byte[]; VARIANT and anything else → its String form;
 * ARRAY → List; MAP → Map (LinkedHashMap); STRUCT → Map of field name to value (LinkedHashMap).
 * Nested Scala collections are unwrapped through a one-field {@link Row}, whose Java accessors do
 * the conversion, so this code never names a Scala type.
 */
final class SparkValues {
  private SparkValues() {}

  static Map<String, Object> toMap(Row row) {
    StructType schema = row.schema();
    Map<String, Object> out = new LinkedHashMap<>();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      out.put(fields[i].name(), convert(row, i, fields[i].dataType()));
    }
    return out;
  }

  private static Object convert(Row row, int i, DataType type) {
    if (row.isNullAt(i)) return null;
    if (type instanceof ArrayType array) {
      List<Object> raw = row.getList(i);
      List<Object> out = new ArrayList<>(raw.size());
      for (Object element : raw) out.add(nested(element, array.elementType()));
      return out;
    }
    if (type instanceof MapType map) {
      Map<Object, Object> raw = row.getJavaMap(i);
      Map<Object, Object> out = new LinkedHashMap<>();
      raw.forEach((k, v) -> out.put(nested(k, map.keyType()), nested(v, map.valueType())));
      return out;
    }
    if (type instanceof StructType struct) {
      Row inner = row.getStruct(i);
      Map<String, Object> out = new LinkedHashMap<>();
      StructField[] fields = struct.fields();
      for (int f = 0; f < fields.length; f++) out.put(fields[f].name(), convert(inner, f, fields[f].dataType()));
      return out;
    }
    return scalar(row.get(i));
  }

  /** A value held inside an array or map: wrap it in a row so the Java accessors unwrap it. */
  private static Object nested(Object value, DataType type) {
    if (value == null) return null;
    return convert(RowFactory.create(value), 0, type);
  }

  static Object scalar(Object value) {
    if (value instanceof String || value instanceof Long || value instanceof Integer
        || value instanceof Boolean || value instanceof Double || value instanceof Float
        || value instanceof BigDecimal || value instanceof byte[]) {
      return value;
    }
    if (value instanceof Short s) return (int) s;
    if (value instanceof Byte b) return (int) b;
    if (value instanceof Timestamp t) return t.toInstant();
    if (value instanceof Date d) return d.toLocalDate();
    if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.time.temporal.TemporalAmount) {
      return value;
    }
    return String.valueOf(value);
  }
}
