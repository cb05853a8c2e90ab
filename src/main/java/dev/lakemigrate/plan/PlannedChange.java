package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import java.util.Objects;

/** A change with its verdict. */
public record PlannedChange(SchemaChange change, Classification classification) {
  public PlannedChange {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(classification, "classification");
  }
}
