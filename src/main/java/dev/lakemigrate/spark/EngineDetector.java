package dev.lakemigrate.spark;

import dev.lakemigrate.error.EdgeErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.plan.Engine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * Which engine runs the plan. Databricks when {@code DATABRICKS_RUNTIME_VERSION} is set or the
 * session has {@code spark.databricks.clusterUsageTags.sparkVersion} (e.g. {@code 17.3.x-scala2.13});
 * otherwise open-source Delta at the version of the delta-spark JAR, read from its manifest
 * ({@code Implementation-Version}, present in 3.3 and 4.x) or else from {@code io.delta.VERSION}.
 */
public final class EngineDetector {
  static final String RUNTIME_ENV = "DATABRICKS_RUNTIME_VERSION";
  static final String CLUSTER_SPARK_VERSION = "spark.databricks.clusterUsageTags.sparkVersion";
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

  private EngineDetector() {}

  public static Engine detect(SparkSession spark) {
    return detect(System.getenv(RUNTIME_ENV), spark.conf().get(CLUSTER_SPARK_VERSION, null), deltaVersion());
  }

  /** The decision, from the three facts (each may be null). */
  static Engine detect(String runtimeEnv, String clusterSparkVersion, String deltaVersion) {
    if (runtimeEnv != null && !runtimeEnv.isBlank()) return Engine.databricks(majorMinor(runtimeEnv, runtimeEnv));
    if (clusterSparkVersion != null && !clusterSparkVersion.isBlank()) {
      return Engine.databricks(majorMinor(clusterSparkVersion, clusterSparkVersion));
    }
    if (deltaVersion != null) {
      Matcher m = VERSION.matcher(deltaVersion);
      if (m.lookingAt()) {
        return new Engine(Engine.Kind.OPEN_SOURCE_DELTA, deltaVersion,
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
    }
    throw new LakemigrateException(ErrorCode.CONFIGURATION, EdgeErrors.unknownEngine());
  }

  /** {@code 17.3.x-scala2.13} → {@code 17.3}. */
  private static String majorMinor(String text, String fallback) {
    Matcher m = VERSION.matcher(text);
    return m.lookingAt() ? m.group(1) + "." + m.group(2) : fallback;
  }

  /** The delta-spark version on the classpath, or null. */
  static String deltaVersion() {
    try {
      Class<?> table = Class.forName("io.delta.tables.DeltaTable");
      Package pkg = table.getPackage();
      if (pkg != null && pkg.getImplementationVersion() != null) return pkg.getImplementationVersion();
      Class<?> module = Class.forName("io.delta.package$");
      Object instance = module.getField("MODULE$").get(null);
      return String.valueOf(module.getMethod("VERSION").invoke(instance));
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
