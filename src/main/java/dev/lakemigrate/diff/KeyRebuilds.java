package dev.lakemigrate.diff;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A primary key changes by drop and add (there is no ALTER CONSTRAINT; RELY → NORELY too), and Unity
 * Catalog refuses to drop a key that a foreign key references. So every live foreign key that
 * references a re-keyed table and that the diff keeps is dropped before and added back after.
 */
final class KeyRebuilds {
  private KeyRebuilds() {}

  static List<SchemaChange> withReferencingKeysRebuilt(List<SchemaChange> changes, List<Table> live) {
    Set<TableName> rekeyed = changes.stream().filter(c -> c instanceof SchemaChange.DropPrimaryKey)
        .map(SchemaChange::table).collect(Collectors.toSet());
    if (rekeyed.isEmpty()) return changes;
    List<SchemaChange> out = new ArrayList<>(changes);
    for (Table table : live) {
      if (!table.knows(Aspect.KEYS)) continue;
      for (ForeignKey fk : table.foreignKeys()) {
        if (rekeyed.contains(fk.refTable()) && !dropped(changes, table.name(), fk)) {
          out.add(new SchemaChange.DropForeignKey(table.name(), fk));
          out.add(new SchemaChange.AddForeignKey(table.name(), fk));
        }
      }
    }
    return out;
  }

  private static boolean dropped(List<SchemaChange> changes, TableName table, ForeignKey fk) {
    return changes.stream().anyMatch(c -> c instanceof SchemaChange.DropForeignKey d
        && d.table().equals(table) && Same.name(d.key().name(), fk.name()));
  }
}
