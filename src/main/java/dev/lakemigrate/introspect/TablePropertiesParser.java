package dev.lakemigrate.introspect;

import dev.lakemigrate.error.EdgeErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads table properties as {@code SHOW TBLPROPERTIES} lists them. {@code delta.constraints.<name>}
 * become CHECK constraints; {@code clusteringColumns} (Delta writes {@code [["id"],["s","x"]]}, a
 * list of field paths) and Databricks' {@code clusterByAuto} become the clustering; every other key
 * is kept as a property. When the table has the clustering feature but no {@code clusteringColumns}
 * property, DESCRIBE DETAIL's {@code clusteringColumns} is used if the edge read it, else the
 * clustering is unknown.
 */
public final class TablePropertiesParser {
  static final String CONSTRAINT_PREFIX = "delta.constraints.";
  static final String CLUSTERING_COLUMNS = "clusteringColumns";
  static final String CLUSTER_BY_AUTO = "clusterByAuto";
  static final String CLUSTERING_FEATURE = "delta.feature.clustering";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the properties say; {@code clustering} is null when it could not be known. */
  public record ParsedProperties(Map<String, String> properties, List<CheckConstraint> checks, Clustering clustering) {
    public ParsedProperties {
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      checks = List.copyOf(checks);
    }
  }

  private TablePropertiesParser() {}

  /**
   * @param properties the table properties, key to value
   * @param detail DESCRIBE DETAIL's row as plain values, or empty when the edge did not need it
   */
  public static ParsedProperties parse(Map<String, String> properties, Map<String, Object> detail) {
    Map<String, String> kept = new LinkedHashMap<>();
    List<CheckConstraint> checks = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
      String key = e.getKey();
      if (key.startsWith(CONSTRAINT_PREFIX)) {
        checks.add(new CheckConstraint(key.substring(CONSTRAINT_PREFIX.length()), e.getValue()));
      } else if (!key.equals(CLUSTERING_COLUMNS) && !key.equals(CLUSTER_BY_AUTO)) {
        kept.put(key, e.getValue());
      }
    }
    checks.sort(Comparator.comparing(CheckConstraint::name));
    return new ParsedProperties(kept, checks, clustering(properties, detail));
  }

  /** True when no cheap read can tell the clustering and DESCRIBE DETAIL would be needed. */
  public static boolean needsDetail(Map<String, String> properties) {
    return properties.containsKey(CLUSTERING_FEATURE)
        && !properties.containsKey(CLUSTERING_COLUMNS)
        && !"true".equalsIgnoreCase(properties.get(CLUSTER_BY_AUTO));
  }

  private static Clustering clustering(Map<String, String> properties, Map<String, Object> detail) {
    if ("true".equalsIgnoreCase(properties.get(CLUSTER_BY_AUTO))) return Clustering.AUTO;
    String columns = properties.get(CLUSTERING_COLUMNS);
    if (columns != null) return Clustering.of(parsePaths(columns));
    Object fromDetail = detail.get(CLUSTERING_COLUMNS);
    if (fromDetail instanceof Collection<?> names) {
      return Clustering.of(names.stream().map(String::valueOf).toList());
    }
    return needsDetail(properties) ? null : Clustering.NONE;
  }

  /** {@code [["id"],["s","x"]]} → {@code [id, s.x]}. */
  static List<String> parsePaths(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(EdgeErrors.unreadableClusteringColumns(json), e);
    }
    if (!root.isArray()) throw new IllegalArgumentException(EdgeErrors.unreadableClusteringColumns(json));
    List<String> columns = new ArrayList<>();
    for (JsonNode path : root) {
      if (path.isTextual()) {
        columns.add(path.asText());
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (JsonNode part : path) parts.add(part.asText());
      columns.add(String.join(".", parts));
    }
    return columns;
  }
}
