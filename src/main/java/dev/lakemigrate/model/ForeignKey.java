package dev.lakemigrate.model;

import java.util.List;
import java.util.Objects;

/** An informational FOREIGN KEY (Unity Catalog only): {@code columns} reference {@code refColumns}. */
public record ForeignKey(String name, List<String> columns, TableName refTable, List<String> refColumns) {
  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(refTable, "refTable");
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
  }
}
