package dev.lakemigrate.model;

import java.util.List;

/** Liquid clustering: none, explicit columns, or AUTO (Databricks chooses the keys). */
public record Clustering(boolean auto, List<String> columns) {
  public static final Clustering NONE = new Clustering(false, List.of());
  public static final Clustering AUTO = new Clustering(true, List.of());

  public Clustering {
    columns = List.copyOf(columns);
    if (auto && !columns.isEmpty()) {
      throw new IllegalArgumentException("CLUSTER BY AUTO takes no columns");
    }
  }

  public static Clustering of(List<String> columns) {
    return columns.isEmpty() ? NONE : new Clustering(false, columns);
  }

  public boolean isNone() {
    return !auto && columns.isEmpty();
  }
}
