package dev.lakemigrate.diff;

import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Optional;

/**
 * The differ's result: every change, live tables that no declaration names (never touched), and
 * the tables that were compared ({@code live}: existing tables that are declared; {@code declared}:
 * every declared table), which the planner needs to judge a change in context (is column mapping
 * on live? which columns are clustered?).
 */
public record Diff(List<SchemaChange> changes, List<TableName> unmanaged, List<Table> live, List<Table> declared) {
  public Diff {
    changes = List.copyOf(changes);
    unmanaged = List.copyOf(unmanaged);
    live = List.copyOf(live);
    declared = List.copyOf(declared);
  }

  /** A diff without table context (changes of tables the planner knows nothing more about). */
  public Diff(List<SchemaChange> changes, List<TableName> unmanaged) {
    this(changes, unmanaged, List.of(), List.of());
  }

  public Optional<Table> liveTable(TableName name) {
    return live.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<Table> declaredTable(TableName name) {
    return declared.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
