package dev.lakemigrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One JAR for both runtimes: the JAR built by the default profile (Spark 4.0, Scala 2.13) runs on the
 * Spark 3.5 / Scala 2.12 / Delta 3.3 classpath that {@code mvn -Pspark35 dependency:build-classpath}
 * resolves (what DBR 16.4 provides), in local mode, as a separate JVM. It applies declarations Delta
 * 3.3 can run (apply re-plans afterwards and fails unless in sync); the bundle's declarations (identity columns) are planned
 * unsupported with the reason. Skipped when the build itself is the spark35 profile (its JAR is
 * already the 3.5 one). Runs through failsafe after {@code package}; the first run downloads the 3.5
 * stack.
 */
class Spark35JarPackagingCheck {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static Path jar;
  private static String classpath;
  private static List<String> jvmFlags;

  @BeforeAll
  static void resolve(@TempDir Path tmp) throws Exception {
    assumeFalse(System.getProperty("lakemigrate.spark.version", "").startsWith("3."),
        "the build is the spark35 profile: its own JAR already runs on Spark 3.5");
    jar = Path.of(System.getProperty("lakemigrate.jar", "target/none.jar"));
    assertThat(jar).as("the shaded JAR of the default profile").exists();
    Path cpFile = tmp.resolve("spark35.classpath");
    Run mvn = run(ROOT, List.of("mvn", "-q", "-B", "-Pspark35", "dependency:build-classpath",
        "-Dmdep.includeScope=provided", "-Dmdep.outputFile=" + cpFile), 900);
    assertThat(mvn.exit()).as("mvn -Pspark35 dependency:build-classpath: %s", mvn.output()).isZero();
    classpath = Files.readString(cpFile).trim();
    assertThat(classpath).contains("spark-sql_2.12-3.5").contains("delta-spark_2.12-3.3")
        .doesNotContain("_2.13");
    jvmFlags = Arrays.asList(sparkJvmFlags().split("\\s+"));
  }

  @Test
  void theDefaultJarAppliesOnSpark35(@TempDir Path work) throws Exception {
    Path schema = Files.createDirectories(work.resolve("schema"));
    Files.writeString(schema.resolve("orders.yaml"), String.join("\n",
        "table: orders",
        "columns:",
        "  - {name: id, type: BIGINT, nullable: false}",
        "  - {name: status, type: STRING, default: \"'new'\", check: \"status <> ''\"}",
        "  - {name: amount, type: \"DECIMAL(18,2)\", comment: it's money}",
        "liquid_clustering: [id]",
        ""));
    List<String> common = List.of("--local", "--warehouse", work.resolve("warehouse").toString(),
        "--schema-dir", schema.toString(), "--schema", "shop");

    Run apply = lakemigrate(work, "apply", common);

    assertThat(apply.exit()).as("apply re-plans and fails unless in sync: %s", apply.output()).isZero();
    assertThat(apply.output()).contains("orders");
  }

  @Test
  void featuresDelta33LacksArePlannedUnsupportedWithTheReason(@TempDir Path work) throws Exception {
    Run plan = lakemigrate(work, "plan", List.of("--local", "--warehouse", work.resolve("warehouse").toString(),
        "--schema-dir", ROOT.resolve("bundle/schema").toString(), "--conf-dir", ROOT.resolve("conf").toString()));

    assertThat(plan.exit()).as(plan.output()).isEqualTo(1);
    assertThat(plan.output()).contains("open-source Delta 3.3")
        .contains("identity and generated columns need Delta 4.4 or later in SQL");
  }

  private static Run lakemigrate(Path work, String command, List<String> options) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmFlags);
    cmd.add("-Dlog4j2.configurationFile=" + ROOT.resolve("bin/log4j2.properties"));
    cmd.add("-cp");
    cmd.add(jar + File.pathSeparator + classpath);
    cmd.add("dev.lakemigrate.Main");
    cmd.add(command);
    cmd.addAll(options);
    return run(work, cmd, 600);
  }

  /** The JVM flags Spark needs on Java 17, from the pom (one place, as bin/lakemigrate reads them). */
  private static String sparkJvmFlags() throws IOException {
    Matcher m = Pattern.compile("<spark\\.jvm\\.flags>(.*)</spark\\.jvm\\.flags>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(m.find()).as("spark.jvm.flags in pom.xml").isTrue();
    return m.group(1).trim();
  }

  private record Run(int exit, String output) {}

  private static Run run(Path dir, List<String> cmd, int timeoutSeconds) throws Exception {
    Path log = Files.createTempFile("lakemigrate-run", ".log");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", cmd) + "\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Run(p.exitValue(), output);
  }
}
