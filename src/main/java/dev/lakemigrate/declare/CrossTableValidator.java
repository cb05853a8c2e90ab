package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.TableReader.DeclaredTable;
import dev.lakemigrate.declare.TableReader.Reference;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what spans tables: a table declared twice (names compare case-insensitively, across
 * files) and foreign keys, which must reference a declared table's primary key column.
 */
final class CrossTableValidator {
  private final Problems problems;

  CrossTableValidator(Problems problems) {
    this.problems = problems;
  }

  /** The tables with duplicates dropped (each reported), in declaration order. */
  List<DeclaredTable> validate(List<DeclaredTable> tables) {
    Map<TableName, DeclaredTable> byName = new LinkedHashMap<>();
    for (DeclaredTable t : tables) {
      DeclaredTable first = byName.putIfAbsent(t.table().name(), t);
      if (first != null) {
        problems.add(DeclareErrors.duplicateTable(t.at().toString(), t.table().name().toString(), first.at().toString()));
      }
    }
    for (DeclaredTable t : byName.values()) {
      for (Reference r : t.references()) check(r, Optional.ofNullable(byName.get(r.target())).map(DeclaredTable::table));
    }
    return new ArrayList<>(byName.values());
  }

  private void check(Reference r, Optional<Table> target) {
    String from = r.from().name();
    if (target.isEmpty()) {
      problems.add(DeclareErrors.unknownReferencedTable(r.tableAt().toString(), from, r.column(), r.target().toString()));
      return;
    }
    Optional<Column> column = target.get().column(r.targetColumn());
    if (column.isEmpty()) {
      problems.add(DeclareErrors.unknownReferencedColumn(r.columnAt().toString(), from, r.column(),
          r.target().toString(), r.targetColumn()));
      return;
    }
    boolean isKey = target.get().primaryKey() != null
        && target.get().primaryKey().columns().equals(List.of(column.get().name()));
    if (!isKey) {
      problems.add(DeclareErrors.referenceNotPrimaryKey(r.columnAt().toString(), from, r.column(),
          r.target().toString(), column.get().name()));
    }
  }
}
