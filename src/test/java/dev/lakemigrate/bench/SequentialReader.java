package dev.lakemigrate.bench;

import dev.lakemigrate.model.Sql;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;

/**
 * The naive reader of seed 000's {@code SchemaIntrospector}: one table after another, one query per
 * aspect: columns, constraints (SHOW TBLPROPERTIES), properties (SHOW TBLPROPERTIES again), clustering
 * (DESCRIBE DETAIL) and partitioning (DESCRIBE DETAIL again). Unity Catalog's information_schema does
 * not exist locally; {@code DESCRIBE TABLE} stands in for its columns query.
 */
final class SequentialReader {
  private final SparkSession spark;
  private final CatalogCalls calls;

  SequentialReader(SparkSession spark, CatalogCalls calls) {
    this.spark = spark;
    this.calls = calls;
  }

  int read(String catalog, String schema) throws Exception {
    String namespace = Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema);
    calls.accept("listTables");
    List<Table> tables = spark.catalog().listTables(namespace).collectAsList();
    int read = 0;
    for (Table table : tables) {
      if (table.name().startsWith("_")) continue;
      String t = namespace + "." + Sql.quoteIdent(table.name());
      int facts = query("DESCRIBE TABLE " + t).size()
          + query("SHOW TBLPROPERTIES " + t).size()
          + query("SHOW TBLPROPERTIES " + t).size()
          + query("DESCRIBE DETAIL " + t).size()
          + query("DESCRIBE DETAIL " + t).size();
      if (facts == 0) throw new IllegalStateException("read nothing of " + t);
      read++;
    }
    return read;
  }

  private List<Row> query(String sql) {
    calls.accept(sql.substring(0, sql.indexOf(' ', 9)));
    return spark.sql(sql).collectAsList();
  }
}
