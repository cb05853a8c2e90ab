package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} never starts Spark: Main runs in a separate JVM whose classpath has no Spark,
 * Delta, Hive or Scala JARs, with every engine option given, and still answers.
 */
class ValidateWithoutSparkTest {
  private static final Pattern ENGINE_JAR = Pattern.compile(
      "(/org/apache/spark/|/io/delta/|/org/scala-lang/|/org/apache/hive/|spark-|delta-|scala-|_2\\.1[23])");

  @TempDir static Path dir;
  private static String classpath;

  @BeforeAll
  static void setUp() throws IOException {
    Files.createDirectories(dir.resolve("schema"));
    Files.writeString(dir.resolve("schema/users.yaml"), SeedFiles.USERS);
    List<String> kept = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !ENGINE_JAR.matcher(entry.replace('\\', '/')).find())
        .toList();
    classpath = String.join(File.pathSeparator, kept);
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run main(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "dev.lakemigrate.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.equals("DATABRICKS_RUNTIME_VERSION") || k.startsWith("LAKEMIGRATE_"));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Main finished").isTrue();
    return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void theClasspathReallyHasNoSpark() throws Exception {
    URL[] urls = Arrays.stream(classpath.split(File.pathSeparator)).map(ValidateWithoutSparkTest::url).toArray(URL[]::new);
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.loadClass("dev.lakemigrate.Main")).isNotNull();
      assertThat(loader.loadClass("picocli.CommandLine")).isNotNull();
      assertThatThrownBy(() -> loader.loadClass("org.apache.spark.sql.SparkSession"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("scala.Product")).isInstanceOf(ClassNotFoundException.class);
    }
    Run plan = main("plan", "--local", "--schema-dir", "schema");
    assertThat(plan.exitCode()).isNotZero();
    assertThat(plan.stderr()).startsWith("Cannot start Spark: its classes are not on the classpath");
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void validateAnswersWithoutSparkWhateverTheOptions() throws Exception {
    Run run = main("validate", "--local", "--warehouse", "wh", "--target", "local", "--allow-destructive",
        "--format", "json", "--tables", "users", "--detailed-exitcode", "--schema-dir", "schema");
    assertThat(run.stderr()).doesNotContain("NoClassDefFoundError").doesNotContain("Cannot start Spark")
        .doesNotContain("org/apache/spark").doesNotContain("\tat ");
    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).startsWith("Valid: 1 table declared in schema");
    assertThat(run.exitCode()).isZero();
  }
}
