package dev.lakemigrate.declare;

import dev.lakemigrate.model.TableName;
import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated declarations of one run: tables in a deterministic order (by file path, then order
 * in file), where each table was declared, and a checksum of the declaration files' bytes (recorded
 * in the history ledger).
 */
public record Declarations(List<Table> tables, Map<TableName, SourceLocation> locations, String checksum) {
  public Declarations {
    tables = List.copyOf(tables);
    locations = Map.copyOf(locations);
  }

  public Optional<SourceLocation> locationOf(TableName table) {
    return Optional.ofNullable(locations.get(table));
  }
}
