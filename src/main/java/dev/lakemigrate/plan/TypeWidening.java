package dev.lakemigrate.plan;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.PrimitiveType.Kind;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import java.util.Set;

/**
 * Which type changes Delta can apply in place ({@code ALTER COLUMN … TYPE} on a table with
 * {@code 'delta.enableTypeWidening'='true'}), per engine. Everything else is a rewrite.
 *
 * <table>
 *   <caption>Supported widenings (from → to)</caption>
 *   <tr><th>from</th><th>open-source Delta 3.2 / 3.3</th><th>Delta 4.x and Databricks</th></tr>
 *   <tr><td>TINYINT</td><td>SMALLINT, INT</td><td>SMALLINT, INT, BIGINT, DOUBLE, DECIMAL(10+k1, k2)</td></tr>
 *   <tr><td>SMALLINT</td><td>INT</td><td>INT, BIGINT, DOUBLE, DECIMAL(10+k1, k2)</td></tr>
 *   <tr><td>INT</td><td>—</td><td>BIGINT, DOUBLE, DECIMAL(10+k1, k2)</td></tr>
 *   <tr><td>BIGINT</td><td>—</td><td>DECIMAL(20+k1, k2)</td></tr>
 *   <tr><td>FLOAT</td><td>—</td><td>DOUBLE</td></tr>
 *   <tr><td>DECIMAL(p, s)</td><td>—</td><td>DECIMAL(p+k1, s+k2)</td></tr>
 *   <tr><td>DATE</td><td>—</td><td>TIMESTAMP_NTZ</td></tr>
 * </table>
 *
 * <p>with {@code k1 >= k2 >= 0}: the integer digits {@code p - s} and the scale {@code s} may only
 * grow. A type equal to itself is no change (not a widening). ARRAY elements, MAP keys and values
 * and STRUCT fields (same names, in the same order) widen when each part does; that is how a
 * widening inside a nested type is judged.
 *
 * <p>Sources: Delta Lake docs, "Delta type widening", table "Supported type changes"
 * (https://docs.delta.io/delta-type-widening, columns Delta 3.2 and Delta 4.0; the 3.3 docs at
 * https://docs.delta.io/3.3.1/delta-type-widening.html list only BYTE → SHORT, INT and SHORT → INT),
 * the Delta protocol's Type Widening section (PROTOCOL.md), and Databricks "Type widening"
 * (https://docs.databricks.com/aws/en/tables/features/type-widening).
 */
public final class TypeWidening {
  private static final Set<Kind> SMALL_INTEGERS = Set.of(Kind.TINYINT, Kind.SMALLINT, Kind.INT);

  private TypeWidening() {}

  /** True when {@code from → to} is a supported widening on {@code engine} (false for equal types). */
  public static boolean isWidening(DataType from, DataType to, Engine engine) {
    if (from.equals(to)) return false;
    return widensOrEqual(from, to, engine);
  }

  private static boolean widensOrEqual(DataType from, DataType to, Engine engine) {
    if (from.equals(to)) return true;
    if (from instanceof ArrayType f && to instanceof ArrayType t) {
      return widensOrEqual(f.element(), t.element(), engine);
    }
    if (from instanceof MapType f && to instanceof MapType t) {
      return widensOrEqual(f.key(), t.key(), engine) && widensOrEqual(f.value(), t.value(), engine);
    }
    if (from instanceof StructType f && to instanceof StructType t) {
      return structWidens(f, t, engine);
    }
    return fullTypeWidening(engine) ? widensOnDelta4(from, to) : widensOnDelta3(from, to);
  }

  private static boolean structWidens(StructType from, StructType to, Engine engine) {
    if (from.fields().size() != to.fields().size()) return false;
    for (int i = 0; i < from.fields().size(); i++) {
      StructField f = from.fields().get(i);
      StructField t = to.fields().get(i);
      if (!f.name().equalsIgnoreCase(t.name()) || !widensOrEqual(f.type(), t.type(), engine)) return false;
    }
    return true;
  }

  /** Databricks and open-source Delta 4.0 and later have the full rule set. */
  private static boolean fullTypeWidening(Engine engine) {
    return engine.isDatabricks() || engine.deltaAtLeast(4, 0);
  }

  private static boolean widensOnDelta3(DataType from, DataType to) {
    return integerRank(from) > 0 && integerRank(to) > integerRank(from) && integerRank(to) <= 3;
  }

  private static boolean widensOnDelta4(DataType from, DataType to) {
    if (integerRank(from) > 0 && integerRank(to) > integerRank(from)) return true;
    if (is(from, Kind.FLOAT) && is(to, Kind.DOUBLE)) return true;
    if (from instanceof PrimitiveType p && SMALL_INTEGERS.contains(p.kind()) && is(to, Kind.DOUBLE)) return true;
    if (is(from, Kind.DATE) && is(to, Kind.TIMESTAMP_NTZ)) return true;
    if (to instanceof DecimalType t) {
      if (from instanceof DecimalType f) return decimalGrows(f.precision(), f.scale(), t);
      if (from instanceof PrimitiveType p && SMALL_INTEGERS.contains(p.kind())) return decimalGrows(10, 0, t);
      if (is(from, Kind.BIGINT)) return decimalGrows(20, 0, t);
    }
    return false;
  }

  /** DECIMAL(p, s) → DECIMAL(p + k1, s + k2) with k1 ≥ k2 ≥ 0. */
  private static boolean decimalGrows(int precision, int scale, DecimalType to) {
    int k1 = to.precision() - precision;
    int k2 = to.scale() - scale;
    return k2 >= 0 && k1 >= k2;
  }

  /** TINYINT 1, SMALLINT 2, INT 3, BIGINT 4; 0 for anything else. */
  private static int integerRank(DataType type) {
    if (!(type instanceof PrimitiveType p)) return 0;
    return switch (p.kind()) {
      case TINYINT -> 1;
      case SMALLINT -> 2;
      case INT -> 3;
      case BIGINT -> 4;
      default -> 0;
    };
  }

  private static boolean is(DataType type, Kind kind) {
    return type instanceof PrimitiveType p && p.kind() == kind;
  }
}
