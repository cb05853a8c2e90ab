package dev.lakemigrate.diff;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the columns of one table: drops, renames and modifications in live column order, then
 * additions in declared order.
 *
 * <p>A declared column with {@code renamedFrom} is a rename when the old name exists live and the
 * new one does not; when both exist the rename is still emitted (so the classifier can refuse it
 * with a fix) and the old column is left alone. A rename claims its live column first, so a declared
 * column that takes over the old name is a new column. Live-only columns whose name starts with {@code _}
 * (e.g. Auto Loader's {@code _rescued_data}) are neither dropped nor reported.
 */
final class ColumnDiffer {
  private final FieldDiffer fields = new FieldDiffer();

  List<SchemaChange> diff(Table live, Table declared) {
    TableName table = declared.name();
    Map<String, Column> matchOf = new HashMap<>();        // live name (lower) → declared column
    Map<String, Column> renameOf = new HashMap<>();       // live name (lower) → declared column renamed from it
    Set<String> matchedDeclared = new HashSet<>();
    for (Column want : declared.columns()) {              // renames claim their live column first
      if (want.renamedFrom() == null || Same.name(want.renamedFrom(), want.name())) continue;
      live.column(want.renamedFrom()).ifPresent(old -> {
        String key = Same.lower(old.name());
        renameOf.putIfAbsent(key, want);
        if (live.column(want.name()).isEmpty() && matchOf.putIfAbsent(key, want) == null) {
          matchedDeclared.add(Same.lower(want.name()));
        }
      });
    }
    for (Column want : declared.columns()) {              // then same names, among live columns not claimed
      String key = Same.lower(want.name());
      if (!matchedDeclared.contains(key) && live.column(want.name()).isPresent() && !matchOf.containsKey(key)) {
        matchOf.put(key, want);
        matchedDeclared.add(key);
      }
    }
    List<SchemaChange> out = new ArrayList<>();
    for (Column have : live.columns()) {
      String key = Same.lower(have.name());
      Column renamed = renameOf.get(key);
      Column want = matchOf.get(key);
      if (renamed != null) {
        out.add(new SchemaChange.RenameColumn(table, FieldPath.of(have.name()), renamed.name()));
      }
      if (want != null && (renamed == null || want == renamed)) {
        diffColumn(live, table, have, want, out);
      } else if (renamed == null && !have.name().startsWith("_")) {
        out.add(new SchemaChange.DropColumn(table, FieldPath.of(have.name()), have.type()));
      }
    }
    for (Column want : declared.columns()) {
      if (!matchedDeclared.contains(Same.lower(want.name()))) out.add(new SchemaChange.AddColumn(table, want));
    }
    return out;
  }

  /** Compares a live column with its declaration; paths use the declared (new) name. */
  private void diffColumn(Table live, TableName table, Column have, Column want, List<SchemaChange> out) {
    FieldPath path = FieldPath.of(want.name());
    fields.diffType(table, path, have.type(), want.type(), out);
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
