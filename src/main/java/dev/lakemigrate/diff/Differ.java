package dev.lakemigrate.diff;

import dev.lakemigrate.model.Backups;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * (live, declared) → changes. Pure; never throws for "unsupported": it emits the change and the
 * classifier decides. Tables whose name starts with {@code _} are never touched nor reported.
 *
 * <p>Order: tables in declared order (a new table as one {@link SchemaChange.CreateTable}), then
 * {@link SchemaChange.DropTable} for unmanaged live tables when asked; within a table see
 * {@link TableDiffer}. Foreign keys that reference a primary key being re-created are dropped and
 * added back ({@link KeyRebuilds}); likewise a CHECK that names a column whose type changes
 * ({@link CheckRebuilds}).
 */
public final class Differ {
  private final TableDiffer tableDiffer = new TableDiffer();
  private final Set<TableName> reserved;

  public Differ() {
    this(Set.of());
  }

  /** @param reservedTables tables never touched nor reported besides {@code _*} ones (the history table) */
  public Differ(Collection<TableName> reservedTables) {
    this.reserved = Set.copyOf(reservedTables);
  }

  /** @param dropUnmanaged emit DropTable for live tables no declaration names (configuration switch) */
  public Diff diff(List<Table> live, List<Table> declared, boolean dropUnmanaged) {
    return diff(live, declared, dropUnmanaged, List.of());
  }

  /**
   * As {@link #diff(List, List, boolean)}, plus one {@link SchemaChange.DropBackup} per backup a guarded
   * rebuild kept ({@code backups}: names from the live table listing), after every other change.
   */
  public Diff diff(List<Table> live, List<Table> declared, boolean dropUnmanaged, List<TableName> backups) {
    Map<TableName, Table> liveByName = new LinkedHashMap<>();
    for (Table t : live) {
      if (!isReserved(t.name())) liveByName.put(t.name(), t);
    }
    List<SchemaChange> changes = new ArrayList<>();
    List<Table> comparedLive = new ArrayList<>();
    List<Table> comparedDeclared = new ArrayList<>();
    for (Table want : declared) {
      if (isReserved(want.name())) continue;
      comparedDeclared.add(want);
      Table have = liveByName.remove(want.name());
      if (have == null) {
        changes.add(new SchemaChange.CreateTable(want));
      } else {
        comparedLive.add(have);
        changes.addAll(tableDiffer.diff(have, want));
      }
    }
    changes = KeyRebuilds.withReferencingKeysRebuilt(changes, comparedLive);
    changes = CheckRebuilds.aroundTypeChanges(changes, comparedLive);
    List<TableName> unmanaged = new ArrayList<>();
    for (Table rest : liveByName.values()) {
      if (dropUnmanaged) {
        changes.add(new SchemaChange.DropTable(rest));
      } else {
        unmanaged.add(rest.name());
      }
    }
    for (TableName backup : backups) {
      Optional<TableName> original = Backups.originalOf(backup);
      if (original.isPresent()) changes.add(new SchemaChange.DropBackup(backup, original.get()));
    }
    return new Diff(changes, unmanaged, comparedLive, comparedDeclared);
  }

  /** Names beginning with {@code _}, and the reserved tables, belong to the tool or the platform. */
  private boolean isReserved(TableName name) {
    return name.name().startsWith("_") || reserved.contains(name);
  }
}
