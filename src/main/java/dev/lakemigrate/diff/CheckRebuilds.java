package dev.lakemigrate.diff;

import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Delta refuses to change the type of a column that a CHECK constraint names
 * ({@code DELTA_CONSTRAINT_DEPENDENT_COLUMN_CHANGE}), even a widening. So every live CHECK that
 * names a column whose type changes, and that the diff keeps, is dropped before the type change and
 * added back after it (the planner orders CHECK drops before column changes and CHECK adds after).
 * Re-adding validates the existing rows again, which a widening cannot make fail.
 */
final class CheckRebuilds {
  private static final Pattern QUOTED = Pattern.compile("'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"");

  private CheckRebuilds() {}

  static List<SchemaChange> aroundTypeChanges(List<SchemaChange> changes, List<Table> live) {
    List<SchemaChange> out = new ArrayList<>(changes);
    for (SchemaChange c : changes) {
      if (!(c instanceof SchemaChange.ChangeColumnType type)) continue;
      Optional<Table> table = live.stream().filter(t -> t.name().equals(type.table())).findFirst();
      if (table.isEmpty()) continue;
      for (CheckConstraint check : table.get().checks()) {
        if (names(check.expression(), type.path().column()) && !touched(out, type.table(), check)) {
          out.add(new SchemaChange.DropCheck(type.table(), check));
          out.add(new SchemaChange.AddCheck(type.table(), check));
        }
      }
    }
    return out;
  }

  /**
   * Whether an expression names a column, outside string literals: as a bare identifier or
   * backticked. A false positive only costs a drop and re-add of the constraint.
   */
  static boolean names(String expression, String column) {
    String code = QUOTED.matcher(expression).replaceAll("''").toLowerCase(Locale.ROOT);
    String name = column.toLowerCase(Locale.ROOT);
    if (code.contains("`" + name.replace("`", "``") + "`")) return true;
    return Pattern.compile("(?<![\\w.`])" + Pattern.quote(name) + "(?![\\w`])").matcher(code).find();
  }

  private static boolean touched(List<SchemaChange> changes, TableName table, CheckConstraint check) {
    return changes.stream().anyMatch(c -> c instanceof SchemaChange.DropCheck d
        && d.table().equals(table) && d.check().name().equals(check.name()));
  }
}
