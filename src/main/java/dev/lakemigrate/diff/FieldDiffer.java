package dev.lakemigrate.diff;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two types at a path, recursing through STRUCT fields, ARRAY elements and MAP keys and
 * values ({@code addr.city}, {@code items.element.sku}, {@code attrs.value.score}). Where the
 * shapes differ (a struct becomes a string) it emits one {@link SchemaChange.ChangeColumnType} at
 * that path. Fields pair by {@code renamed_from} and name as {@link SiblingMatch} describes.
 */
final class FieldDiffer {
  /** {@code renames}: declared path of a nested field → its previous name (a column's {@code fieldRenames}). */
  void diffType(TableName table, FieldPath path, DataType from, DataType to, Map<FieldPath, String> renames,
      List<SchemaChange> out) {
    if (from.equals(to)) return;
    if (from instanceof StructType f && to instanceof StructType t) {
      diffStruct(table, path, f, t, renames, out);
    } else if (from instanceof ArrayType f && to instanceof ArrayType t) {
      diffType(table, path.child("element"), f.element(), t.element(), renames, out);
    } else if (from instanceof MapType f && to instanceof MapType t) {
      diffType(table, path.child("key"), f.key(), t.key(), renames, out);
      diffType(table, path.child("value"), f.value(), t.value(), renames, out);
    } else {
      out.add(new SchemaChange.ChangeColumnType(table, path, from, to));
    }
  }

  /**
   * Renames, drops and modifications in live field order, then additions in declared order. A renamed
   * field is compared under its new name, so its path (and its children's) use declared names.
   */
  private void diffStruct(TableName table, FieldPath path, StructType live, StructType declared,
      Map<FieldPath, String> renames, List<SchemaChange> out) {
    SiblingMatch<StructField> match = new SiblingMatch<>(n -> live.field(n).map(StructField::name), declared.fields(),
        StructField::name, f -> renames.get(path.child(f.name())));
    for (StructField have : live.fields()) {
      match.renamedTo(have.name()).ifPresent(renamed ->
          out.add(new SchemaChange.RenameColumn(table, path.child(have.name()), renamed.name())));
      Optional<StructField> want = match.comparedWith(have.name());
      if (want.isPresent()) {
        diffField(table, path.child(want.get().name()), have, want.get(), renames, out);
      } else if (match.dropped(have.name())) {
        out.add(new SchemaChange.DropColumn(table, path.child(have.name()), have.type()));
      }
    }
    for (StructField want : declared.fields()) {
      if (match.added(want)) out.add(new SchemaChange.AddField(table, path, want));
    }
  }

  private void diffField(TableName table, FieldPath path, StructField have, StructField want,
      Map<FieldPath, String> renames, List<SchemaChange> out) {
    diffType(table, path, have.type(), want.type(), renames, out);
    if (have.nullable() != want.nullable()) {
      out.add(new SchemaChange.ChangeNullability(table, path, want.nullable()));
    }
    if (!Same.text(have.comment(), want.comment())) {
      out.add(new SchemaChange.ChangeColumnComment(table, path, have.comment(), want.comment()));
    }
  }
}
