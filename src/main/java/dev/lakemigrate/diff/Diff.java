package dev.lakemigrate.diff;

import dev.lakemigrate.model.TableName;
import java.util.List;

/** The differ's result: every change, and live tables that no declaration names (never touched). */
public record Diff(List<SchemaChange> changes, List<TableName> unmanaged) {
  public Diff {
    changes = List.copyOf(changes);
    unmanaged = List.copyOf(unmanaged);
  }
}
