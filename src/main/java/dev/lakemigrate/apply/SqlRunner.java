package dev.lakemigrate.apply;

import java.util.List;
import java.util.Map;

/**
 * The one port through which the core reaches an engine. The Spark edge implements it over
 * {@code SparkSession.sql}; tests and the benchmark wrap it (fault injection, added latency).
 * Rows come back as plain Java values (String, Long, Boolean, List, Map, …), column name to value,
 * in column order.
 */
public interface SqlRunner {
  /** Runs a statement for its effect. Throws whatever the engine throws. */
  void execute(String sql);

  /** Runs a query and returns every row. */
  List<Map<String, Object>> query(String sql);
}
