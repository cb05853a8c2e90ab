package dev.lakemigrate.plan;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import java.util.Optional;

/**
 * Delta refuses column and field names holding any of {@code ' ,;{}()\n\t='} unless the table uses
 * column mapping ({@code DELTA_INVALID_CHARACTERS_IN_COLUMN_NAMES}, nested fields included): found in
 * the plan, so such a name is refused before anything runs instead of failing half-way through apply.
 */
final class ColumnNameCharacters {
  static final String INVALID = " ,;{}()\n\t=";

  private ColumnNameCharacters() {}

  /** The first name at or under {@code path} (the name itself, then nested fields) Delta refuses without column mapping. */
  static Optional<FieldPath> firstInvalid(FieldPath path, DataType type) {
    if (invalid(path.parts().get(path.parts().size() - 1))) return Optional.of(path);
    return under(path, type);
  }

  private static Optional<FieldPath> under(FieldPath path, DataType type) {
    if (type instanceof StructType s) {
      for (StructField f : s.fields()) {
        Optional<FieldPath> found = firstInvalid(path.child(f.name()), f.type());
        if (found.isPresent()) return found;
      }
    }
    if (type instanceof ArrayType a) return under(path.child("element"), a.element());
    if (type instanceof MapType m) return under(path.child("key"), m.key()).or(() -> under(path.child("value"), m.value()));
    return Optional.empty();
  }

  private static boolean invalid(String name) {
    return name.chars().anyMatch(ch -> INVALID.indexOf(ch) >= 0);
  }
}
