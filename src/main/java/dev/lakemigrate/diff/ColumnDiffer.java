package dev.lakemigrate.diff;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the columns of one table: drops, renames and modifications in live column order, then
 * additions in declared order.
 *
 * <p>Columns pair by {@code renamed_from} and name as {@link SiblingMatch} describes; nested fields
 * the same way ({@link FieldDiffer}), with the column's {@code fieldRenames}. Live-only columns whose name starts with {@code _}
 * (e.g. Auto Loader's {@code _rescued_data}) are neither dropped nor reported.
 */
final class ColumnDiffer {
  private final FieldDiffer fields = new FieldDiffer();

  List<SchemaChange> diff(Table live, Table declared) {
    TableName table = declared.name();
    SiblingMatch<Column> match = new SiblingMatch<>(n -> live.column(n).map(Column::name), declared.columns(),
        Column::name, Column::renamedFrom);
    List<SchemaChange> out = new ArrayList<>();
    for (Column have : live.columns()) {
      match.renamedTo(have.name()).ifPresent(renamed ->
          out.add(new SchemaChange.RenameColumn(table, FieldPath.of(have.name()), renamed.name())));
      Optional<Column> want = match.comparedWith(have.name());
      if (want.isPresent()) {
        diffColumn(live, table, have, want.get(), out);
      } else if (match.dropped(have.name()) && !have.name().startsWith("_")) {
        out.add(new SchemaChange.DropColumn(table, FieldPath.of(have.name()), have.type()));
      }
    }
    for (Column want : declared.columns()) {
      if (match.added(want)) out.add(new SchemaChange.AddColumn(table, want));
    }
    return out;
  }

  /** Compares a live column with its declaration; paths use the declared (new) name. */
  private void diffColumn(Table live, TableName table, Column have, Column want, List<SchemaChange> out) {
    FieldPath path = FieldPath.of(want.name());
    fields.diffType(table, path, have.type(), want.type(), want.fieldRenames(), out);
    if (have.nullable() != want.nullable()) {
      out.add(new SchemaChange.ChangeNullability(table, path, want.nullable()));
    }
    if (!Same.expression(have.defaultExpression(), want.defaultExpression())) {
      out.add(new SchemaChange.ChangeDefault(table, want.name(), have.defaultExpression(), want.defaultExpression()));
    }
    if (live.knows(Aspect.GENERATED_COLUMNS) && !sameGenerated(have.generated(), want.generated())) {
      out.add(new SchemaChange.ChangeGenerated(table, want.name(), have.generated(), want.generated()));
    }
    if (!Same.text(have.comment(), want.comment())) {
      out.add(new SchemaChange.ChangeColumnComment(table, path, have.comment(), want.comment()));
    }
    if (live.knows(Aspect.TAGS)) {
      TagDiffer.diff(table, want.name(), have.tags(), want.tags(), out);
    }
  }

  private static boolean sameGenerated(Generated a, Generated b) {
    if (a instanceof Generated.Expression x && b instanceof Generated.Expression y) {
      return Same.expression(x.expression(), y.expression());
    }
    if (a instanceof Generated.Identity x && b instanceof Generated.Identity y) {
      return x.canonical().equals(y.canonical());
    }
    return Objects.equals(a, b);
  }
}
