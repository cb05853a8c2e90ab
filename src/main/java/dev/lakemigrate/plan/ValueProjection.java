package dev.lakemigrate.plan;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL that carries a live value into its declared type, for a rebuild's {@code INSERT … SELECT}.
 * Spark casts STRUCT to STRUCT by position, which would put a renamed or reordered field's values
 * into the wrong field (or fail once a field was added). So a struct is rebuilt field by field, by
 * name (or {@code renamed_from}), with {@code named_struct} — a NULL struct stays NULL, a new field is
 * NULL; array elements go through {@code transform}, map values through {@code transform_values};
 * anything else is one {@code CAST}.
 */
final class ValueProjection {
  private ValueProjection() {}

  /**
   * @param source SQL naming the live value
   * @param path the value's declared path ({@code address}, {@code address.geo}, {@code items.element})
   * @param renames the column's {@code fieldRenames}: declared field path → previous name
   */
  static String project(String source, DataType live, DataType declared, FieldPath path, Map<FieldPath, String> renames) {
    if (live.equals(declared)) return source;
    if (live instanceof StructType l && declared instanceof StructType d) return struct(source, l, d, path, renames);
    if (live instanceof ArrayType l && declared instanceof ArrayType d) {
      String x = lambdaVariable("e", path);
      return "transform(" + source + ", " + x + " -> "
          + project(x, l.element(), d.element(), path.child("element"), renames) + ")";
    }
    if (live instanceof MapType l && declared instanceof MapType d && l.key().equals(d.key())) {
      String k = lambdaVariable("k", path);
      String v = lambdaVariable("v", path);
      return "transform_values(" + source + ", (" + k + ", " + v + ") -> "
          + project(v, l.value(), d.value(), path.child("value"), renames) + ")";
    }
    return cast(source, declared);
  }

  private static String struct(String source, StructType live, StructType declared, FieldPath path,
      Map<FieldPath, String> renames) {
    List<String> parts = new ArrayList<>();
    for (StructField want : declared.fields()) {
      FieldPath at = path.child(want.name());
      Optional<StructField> have = live.field(want.name())
          .or(() -> Optional.ofNullable(renames.get(at)).flatMap(live::field));
      parts.add(Sql.quoteString(want.name()));
      parts.add(have.map(h -> project(source + "." + Sql.quoteIdent(h.name()), h.type(), want.type(), at, renames))
          .orElse(cast("NULL", want.type())));
    }
    return "CASE WHEN " + source + " IS NULL THEN NULL ELSE named_struct(" + String.join(", ", parts) + ") END";
  }

  private static String cast(String source, DataType type) {
    return "CAST(" + source + " AS " + type.toSql() + ")";
  }

  /** A lambda variable unique along the path, so nested lambdas never shadow each other. */
  private static String lambdaVariable(String role, FieldPath path) {
    return Sql.quoteIdent("_lm_" + role + path.parts().size());
  }
}
