package dev.lakemigrate.spark;

import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.spark.sql.SparkSession;

/**
 * A separate JVM for {@link LocalCatalogPersistenceIT}: {@code create <warehouse> <schema>} makes
 * tables in a local session and exits; {@code read <warehouse> <schema>} starts a fresh local session
 * over the same warehouse and prints what it finds, with the cost of each kind of read on tables this
 * JVM has not touched yet ({@code TIMING name=ms}).
 */
public final class LocalCatalogProbe {
  static final List<String> TABLES = List.of("t1", "t2", "t3");

  private LocalCatalogProbe() {}

  public static void main(String[] args) {
    forgetTestLogging();
    SparkSession spark = SparkSessions.local(Path.of(args[1]));
    try {
      if (args[0].equals("create")) create(spark, args[2]);
      else read(spark, args[2]);
    } finally {
      spark.stop();
    }
  }

  private static void create(SparkSession spark, String schema) {
    spark.sql("CREATE SCHEMA " + schema);
    for (String t : TABLES) {
      spark.sql("CREATE TABLE " + schema + "." + t + " (id BIGINT, s STRING COMMENT 'c') USING DELTA"
          + " COMMENT 'made in jvm 1' TBLPROPERTIES ('k'='" + t + "')");
    }
    spark.sql("INSERT INTO " + schema + ".t3 VALUES (1, 'one'), (2, 'two')");
    System.out.println("CREATED " + TABLES.size());
  }

  private static void read(SparkSession spark, String schema) {
    SparkMetadataSource source = new SparkMetadataSource(spark);
    long t0 = System.nanoTime();
    List<String> names = source.listTables("spark_catalog", schema);
    timing("listTables", t0);
    t0 = System.nanoTime();
    source.readTable(TableName.of("spark_catalog", schema, "t1"));
    timing("readTable.firstTableOfJvm", t0);
    t0 = System.nanoTime();
    source.readTable(TableName.of("spark_catalog", schema, "t2"));
    timing("readTable.coldTable", t0);
    t0 = System.nanoTime();
    spark.sql("DESCRIBE DETAIL spark_catalog." + schema + ".t3").collectAsList();
    timing("describeDetail.coldTable", t0);
    t0 = System.nanoTime();
    source.readTable(TableName.of("spark_catalog", schema, "t3"));
    timing("readTable.afterDescribeDetail", t0);
    t0 = System.nanoTime();
    spark.sql("DESCRIBE DETAIL spark_catalog." + schema + ".t2").collectAsList();
    timing("describeDetail.afterReadTable", t0);

    System.out.println("TABLES " + String.join(",", names));
    for (Table table : new LiveSchemaReader(source, 2).read("spark_catalog", schema, n -> true)) {
      System.out.println("TABLE " + table.name().name() + " comment=" + table.comment() + " k=" + table.properties().get("k")
          + " columns=" + table.columns().size());
    }
    System.out.println("ROWS " + spark.sql("SELECT count(*) FROM " + schema + ".t3").collectAsList().get(0).getLong(0));
  }

  /**
   * The test classpath carries log4j2-test.properties; put log4j back on its built-in default, as in a
   * JVM with no logging file at all, so the output shows what local mode itself prints.
   */
  private static void forgetTestLogging() {
    ((LoggerContext) LogManager.getContext(false)).reconfigure(new DefaultConfiguration());
    ((LoggerContext) LogManager.getContext()).reconfigure(new DefaultConfiguration());
  }

  private static void timing(String name, long startNanos) {
    System.out.println("TIMING " + name + "=" + (System.nanoTime() - startNanos) / 1_000_000);
  }
}
