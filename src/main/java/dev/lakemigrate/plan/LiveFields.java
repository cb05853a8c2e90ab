package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange.RenameColumn;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a path of the diff names in the live table. Diff paths use declared names for a
 * field's ancestors, so an ancestor this plan renames is found under its live (old) name through the
 * plan's {@link RenameColumn}s.
 */
final class LiveFields {
  private final Table live;
  private final List<RenameColumn> renames;

  private LiveFields(Table live, List<RenameColumn> renames) {
    this.live = live;
    this.renames = List.copyOf(renames);
  }

  /** True when the sibling {@code rename} renames to already exists live. */
  boolean targetExists(RenameColumn rename) {
    FieldPath path = rename.path();
    if (!path.isNested()) return live.column(rename.newName()).isPresent();
    return typeAt(parent(path)).filter(t -> t instanceof StructType).map(t -> (StructType) t)
        .flatMap(s -> s.field(rename.newName())).isPresent();
  }

  /** The live name of the column declared as {@code declaredName} (its old name while this plan renames it). */
  Optional<String> liveColumnName(String declaredName) {
    return column(declaredName).map(Column::name);
  }

  /** The live fields of a table, resolving through the renames {@code ctx} plans for it. */
  static LiveFields of(Table live, PlanContext ctx) {
    return new LiveFields(live, ctx.diff().changes().stream()
        .filter(c -> c instanceof RenameColumn && c.table().equals(live.name())).map(c -> (RenameColumn) c).toList());
  }

  /** The live type at a declared path, if it exists. */
  Optional<DataType> typeAt(FieldPath declared) {
    List<String> parts = declared.parts();
    Optional<DataType> type = column(parts.get(0)).map(Column::type);
    for (int i = 1; i < parts.size() && type.isPresent(); i++) {
      type = child(type.get(), new FieldPath(parts.subList(0, i)), parts.get(i));
    }
    return type;
  }

  private Optional<Column> column(String declaredName) {
    Optional<Column> same = live.column(declaredName);
    if (same.isPresent()) return same;
    return renamedFrom(null, declaredName).flatMap(live::column);
  }

  private Optional<DataType> child(DataType type, FieldPath parent, String part) {
    if (type instanceof ArrayType a && part.equalsIgnoreCase("element")) return Optional.of(a.element());
    if (type instanceof MapType m && part.equalsIgnoreCase("key")) return Optional.of(m.key());
    if (type instanceof MapType m && part.equalsIgnoreCase("value")) return Optional.of(m.value());
    if (!(type instanceof StructType s)) return Optional.empty();
    Optional<StructField> same = s.field(part);
    if (same.isPresent()) return same.map(StructField::type);
    return renamedFrom(parent, part).flatMap(s::field).map(StructField::type);
  }

  /** The old name of the sibling under {@code parent} (null: a column) that this plan renames to {@code newName}. */
  private Optional<String> renamedFrom(FieldPath parent, String newName) {
    return renames.stream()
        .filter(r -> r.newName().equalsIgnoreCase(newName))
        .filter(r -> parent == null ? !r.path().isNested() : r.path().isNested() && sameParts(parent(r.path()), parent))
        .map(r -> r.path().leaf()).findFirst();
  }

  private static FieldPath parent(FieldPath path) {
    return new FieldPath(path.parts().subList(0, path.parts().size() - 1));
  }

  private static boolean sameParts(FieldPath a, FieldPath b) {
    return a.toString().equalsIgnoreCase(b.toString()) && a.parts().size() == b.parts().size();
  }
}
