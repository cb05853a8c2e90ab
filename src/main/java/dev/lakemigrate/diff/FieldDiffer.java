package dev.lakemigrate.diff;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Optional;

/**
 * Compares two types at a path, recursing through STRUCT fields, ARRAY elements and MAP keys and
 * values ({@code addr.city}, {@code items.element.sku}, {@code attrs.value.score}). Where the
 * shapes differ (a struct becomes a string) it emits one {@link SchemaChange.ChangeColumnType} at
 * that path.
 */
final class FieldDiffer {
  void diffType(TableName table, FieldPath path, DataType from, DataType to, List<SchemaChange> out) {
    if (from.equals(to)) return;
    if (from instanceof StructType f && to instanceof StructType t) {
      diffStruct(table, path, f, t, out);
    } else if (from instanceof ArrayType f && to instanceof ArrayType t) {
      diffType(table, path.child("element"), f.element(), t.element(), out);
    } else if (from instanceof MapType f && to instanceof MapType t) {
      diffType(table, path.child("key"), f.key(), t.key(), out);
      diffType(table, path.child("value"), f.value(), t.value(), out);
    } else {
      out.add(new SchemaChange.ChangeColumnType(table, path, from, to));
    }
  }

  /** Drops and modifications in live field order, then additions in declared order. */
  private void diffStruct(TableName table, FieldPath path, StructType live, StructType declared, List<SchemaChange> out) {
    for (StructField have : live.fields()) {
      Optional<StructField> want = declared.field(have.name());
      if (want.isEmpty()) {
        out.add(new SchemaChange.DropColumn(table, path.child(have.name()), have.type()));
      } else {
        diffField(table, path.child(want.get().name()), have, want.get(), out);
      }
    }
    for (StructField want : declared.fields()) {
      if (live.field(want.name()).isEmpty()) out.add(new SchemaChange.AddField(table, path, want));
    }
  }

  private void diffField(TableName table, FieldPath path, StructField have, StructField want, List<SchemaChange> out) {
    diffType(table, path, have.type(), want.type(), out);
    if (have.nullable() != want.nullable()) {
      out.add(new SchemaChange.ChangeNullability(table, path, want.nullable()));
    }
    if (!Same.text(have.comment(), want.comment())) {
      out.add(new SchemaChange.ChangeColumnComment(table, path, have.comment(), want.comment()));
    }
  }
}
