package dev.lakemigrate.declare;

import dev.lakemigrate.model.TableName;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated declarations of one run: tables in a deterministic order (by file path, then order
 * in file), where each table was declared, a checksum of the declaration files' bytes (recorded
 * in the history ledger), and the tables whose declarations allow a guarded rebuild
 * ({@code allow_rebuild: true}).
 */
public record Declarations(List<Table> tables, Map<TableName, SourceLocation> locations, String checksum,
    Set<TableName> rebuildAllowed) {
  public Declarations {
    tables = List.copyOf(tables);
    locations = Map.copyOf(locations);
    rebuildAllowed = Set.copyOf(rebuildAllowed);
  }

  /** Declarations none of which allows a rebuild. */
  public Declarations(List<Table> tables, Map<TableName, SourceLocation> locations, String checksum) {
    this(tables, locations, checksum, Set.of());
  }

  public Optional<SourceLocation> locationOf(TableName table) {
    return Optional.ofNullable(locations.get(table));
  }
}
