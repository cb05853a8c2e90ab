package dev.lakemigrate.spark;

import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The one embedded Spark + Delta session of a test run: {@code local[2]}, built by
 * {@link SparkSessions#local} (Hive catalog on Derby, as in local mode) over a temporary warehouse,
 * created on first use and stopped by a shutdown hook only. Integration tests of every package share
 * it; each test works in its own {@link #freshSchema()}.
 */
public final class SparkTestSession {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static SparkSession spark;
  private static Path root;

  private SparkTestSession() {}

  public static synchronized SparkSession spark() {
    if (spark == null) {
      try {
        root = Files.createTempDirectory("lakemigrate-it-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // Every statement the session parses is audited (issue 6, part 5: no destructive statement
      // without the opt-in, checked after each test class by DestructiveSafetyExtension).
      spark = SparkSessions.local(warehouseOf(root), SparkSessions.DEFAULT_LOCAL_MASTER, Map.of("spark.sql.extensions",
          "io.delta.sql.DeltaSparkSessionExtension," + StatementAudit.class.getName()));
      Runtime.getRuntime().addShutdownHook(new Thread(SparkTestSession::shutdown, "lakemigrate-test-session-stop"));
    }
    return spark;
  }

  /** The warehouse directory of the shared session. */
  public static synchronized Path warehouse() {
    spark();
    return warehouseOf(root);
  }

  public static SqlRunner runner() {
    return new SparkSqlRunner(spark());
  }

  /** True on Spark 4 (VARIANT, identity columns with Delta 4.4); false on the spark35 profile. */
  public static boolean sparkAtLeast4() {
    return !spark().version().startsWith("3.");
  }

  /** Runs a statement for its effect. */
  public static void sql(String statement) {
    spark().sql(statement);
  }

  /** A new, empty schema in {@code spark_catalog} with a unique name ({@code it_<n>_<random>}). */
  public static String freshSchema() {
    String name = ("it_" + SCHEMAS.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT);
    sql("CREATE SCHEMA " + Sql.quoteIdent("spark_catalog") + "." + Sql.quoteIdent(name));
    return name;
  }

  private static Path warehouseOf(Path dir) {
    return dir.resolve("warehouse");
  }

  private static void shutdown() {
    try {
      spark.stop();
    } finally {
      deleteQuietly(root);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: a temp directory
    }
  }
}
