package dev.lakemigrate.declare;

import java.util.Objects;

/** Catalog and schema for declarations that name none (from options / configuration target). */
public record Defaults(String catalog, String schema) {
  public Defaults {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(schema, "schema");
  }
}
