package dev.lakemigrate.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Where the session comes from. On a cluster: the running one, never stopped by us. Locally: an
 * embedded Spark with Delta whose catalog persists across runs.
 *
 * <p>Local layout under the warehouse directory {@code W}: managed tables in Spark's standard
 * {@code W/<schema>.db/<table>} (and {@code W/<table>} for {@code default}); the embedded Derby
 * metastore in {@code W/_metastore/metastore_db} with its {@code derby.log} beside it. Keeping the
 * catalog inside the warehouse means one directory is the whole local lake: delete it and both go,
 * copy it and both come. {@code _metastore} cannot clash with a schema ({@code *.db}), and a table
 * of {@code default} named {@code _metastore} would be one of lakemigrate's own {@code _} names. Embedded
 * Derby admits one JVM at a time: a second local run over the same warehouse fails at once with a
 * clear error ({@link LocalWarehouseLock}) instead of hanging in Hive's retries.
 *
 * <p>With a metastore URL (a Derby network server, {@code lakemigrate.local.metastore-url}) the catalog
 * lives in that server instead, which arbitrates between processes: several local runs may then share
 * one warehouse, and the apply lock on the ledger keeps their applies apart.
 */
public final class SparkSessions {
  public static final String DEFAULT_LOCAL_MASTER = "local[2]";
  public static final String METASTORE_DIR = "_metastore";
  /** The Derby client driver: {@code derbyclient} (10.14), or {@code derbytools} with {@code derbyclient} (10.15+). */
  static final String DERBY_CLIENT_DRIVER = "org.apache.derby.jdbc.ClientDriver";

  private SparkSessions() {}

  /** The session of the cluster this JAR runs on (Databricks job, spark-submit). */
  public static SparkSession cluster() {
    return SparkSession.builder().getOrCreate();
  }

  /** An embedded {@code local[2]} session over {@code warehouse}. */
  public static SparkSession local(Path warehouse) {
    return local(warehouse, DEFAULT_LOCAL_MASTER, Map.of());
  }

  /**
   * An embedded session over {@code warehouse}; {@code overrides} are Spark settings applied last
   * (e.g. {@code spark.sql.shuffle.partitions}).
   */
  public static SparkSession local(Path warehouse, String master, Map<String, String> overrides) {
    return local(warehouse, master, null, overrides);
  }

  /**
   * As above; {@code metastoreUrl} is a Derby network server's JDBC URL shared with other processes,
   * or null for the embedded metastore under the warehouse (one process at a time).
   */
  public static SparkSession local(Path warehouse, String master, String metastoreUrl, Map<String, String> overrides) {
    Path root = warehouse.toAbsolutePath().normalize();
    Path metastore = root.resolve(METASTORE_DIR);
    try {
      Files.createDirectories(metastoreUrl == null ? metastore : root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the local warehouse " + root, e);
    }
    if (metastoreUrl == null) {
      LocalWarehouseLock.hold(metastore);
      if (System.getProperty("derby.stream.error.file") == null) {
        System.setProperty("derby.stream.error.file", metastore.resolve("derby.log").toString());
      }
    }
    QuietLogging.install();
    SparkSession.Builder builder = SparkSession.builder().master(master).appName("lakemigrate");
    localConf(root, metastore).forEach(builder::config);
    if (metastoreUrl != null) sharedMetastoreConf(metastoreUrl).forEach(builder::config);
    overrides.forEach(builder::config);
    return builder.enableHiveSupport().getOrCreate();
  }

  /** The settings of a local session, in one place. */
  static Map<String, String> localConf(Path warehouse, Path metastore) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.ui.enabled", "false");
    conf.put("spark.ui.showConsoleProgress", "false");
    conf.put("spark.driver.host", "localhost");
    conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    conf.put("spark.sql.sources.default", "delta");
    conf.put("spark.databricks.delta.snapshotPartitions", "1");
    conf.put("spark.sql.shuffle.partitions", "2");
    conf.put("spark.default.parallelism", "2");
    conf.put("spark.sql.warehouse.dir", warehouse.toUri().toString());
    conf.put("spark.hadoop.javax.jdo.option.ConnectionURL",
        "jdbc:derby:;databaseName=" + metastore.resolve("metastore_db") + ";create=true");
    return conf;
  }

  /** The settings that point the catalog at a Derby network server instead of the embedded metastore. */
  static Map<String, String> sharedMetastoreConf(String metastoreUrl) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.hadoop.javax.jdo.option.ConnectionURL", metastoreUrl);
    conf.put("spark.hadoop.javax.jdo.option.ConnectionDriverName", DERBY_CLIENT_DRIVER);
    return conf;
  }
}
