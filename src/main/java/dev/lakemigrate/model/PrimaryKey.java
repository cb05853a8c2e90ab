package dev.lakemigrate.model;

import java.util.List;
import java.util.Objects;

/** An informational PRIMARY KEY (Unity Catalog only); {@code rely} lets the optimizer use it. */
public record PrimaryKey(String name, List<String> columns, boolean rely) {
  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
