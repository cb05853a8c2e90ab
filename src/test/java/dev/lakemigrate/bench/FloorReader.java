package dev.lakemigrate.bench;

import dev.lakemigrate.model.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.apache.spark.sql.catalog.Table;

/**
 * The floor: the fewest public-API reads that yield the facts lakemigrate needs, issued in parallel.
 * One {@code listTables} for the schema (names and table comments together), then per table the
 * schema JSON (columns, nested types, nullability, comments, defaults), {@code listColumns}
 * (partition columns) and {@code SHOW TBLPROPERTIES} (properties, CHECKs, clustering). Nothing is
 * parsed into the model: what it costs is the reads alone.
 */
final class FloorReader {
  private final SparkSession spark;
  private final CatalogCalls calls;
  private final int parallelism;

  FloorReader(SparkSession spark, CatalogCalls calls, int parallelism) {
    this.spark = spark;
    this.calls = calls;
    this.parallelism = parallelism;
  }

  /** Reads every table of the schema; returns how many it read. */
  int read(String catalog, String schema) throws Exception {
    String namespace = Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema);
    calls.accept("listTables");
    Map<String, String> comments = new HashMap<>();
    for (Table t : spark.catalog().listTables(namespace).collectAsList()) {
      if (!t.name().startsWith("_")) comments.put(t.name(), t.description());
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (String name : comments.keySet()) {
        String t = namespace + "." + Sql.quoteIdent(name);
        reads.add(pool.submit(() -> readOne(t)));
      }
      int facts = 0;
      for (Future<Integer> f : reads) facts += f.get();
      if (facts == 0) throw new IllegalStateException("the floor read nothing");
      return reads.size();
    } finally {
      pool.shutdownNow();
    }
  }

  private int readOne(String t) throws Exception {
    calls.accept("schema");
    String json = spark.table(t).schema().json();
    calls.accept("listColumns");
    long partitions = spark.catalog().listColumns(t).collectAsList().stream().filter(Column::isPartition).count();
    calls.accept("showTblproperties");
    List<Row> properties = spark.sql("SHOW TBLPROPERTIES " + t).collectAsList();
    return json.length() + (int) partitions + properties.size();
  }
}
