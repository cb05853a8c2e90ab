package dev.lakemigrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays engine-free: only {@code spark} and {@code cli} may touch Spark (or Scala). */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/dev/lakemigrate");
  private static final Pattern SCALA_USE =
      Pattern.compile("^\\s*import\\s+(static\\s+)?scala\\.|(?<![\\w.])scala\\.(collection|Option|Function|Tuple|runtime)",
          Pattern.MULTILINE);
  private static final Pattern ENGINE_IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.apache\\.spark|io\\.delta|scala)\\.", Pattern.MULTILINE);

  @Test
  void onlySparkAndCliPackagesImportSpark() throws IOException {
    List<String> offenders = javaFiles()
        .filter(p -> !isEdge(p))
        .filter(p -> ENGINE_IMPORT.matcher(read(p)).find())
        .map(Path::toString)
        .toList();
    assertThat(javaFiles().count()).as("the scan sees the sources").isGreaterThan(10);
    assertThat(offenders).as("files outside spark/ and cli/ that import Spark, Delta or Scala").isEmpty();
  }

  /**
   * One JAR for Scala 2.12 (DBR 16.4) and 2.13 (DBR 17.3): no Scala type in our code, not even at the
   * Spark edge (Scala's collections differ between the two; Spark's Java API hands back Java types).
   */
  @Test
  void noCodeNamesAScalaType() throws IOException {
    List<String> offenders = javaFiles()
        .filter(p -> SCALA_USE.matcher(read(p)).find())
        .map(Path::toString)
        .toList();
    assertThat(offenders).as("files in src/main that import or name a Scala type").isEmpty();
    assertThat(SCALA_USE.matcher("import scala.collection.JavaConverters;").find()).isTrue();
    assertThat(SCALA_USE.matcher("  scala.collection.Seq<String> s = x;").find()).isTrue();
    assertThat(SCALA_USE.matcher("// Scala's collections differ").find()).isFalse();
  }

  /**
   * Inside a Databricks job run the session is the cluster's: nothing stops it, and nothing calls
   * System.exit (Main hands {@code System::exit} to {@code Outcome.finish}, which never calls it there).
   */
  @Test
  void nothingStopsTheSessionOrExitsTheJvmDirectly() throws IOException {
    Pattern forbidden = Pattern.compile("System\\.exit\\(|\\.stop\\(\\)|\\.close\\(\\)\\s*;\\s*//\\s*session");
    List<String> offenders = javaFiles()
        .filter(p -> forbidden.matcher(read(p)).find())
        .map(Path::toString)
        .toList();
    assertThat(offenders).as("files that stop a session or call System.exit").isEmpty();
    assertThat(read(MAIN.resolve("Main.java"))).contains("finish(env, System::exit)");
  }

  @Test
  void theScanRecognisesASparkImport() {
    assertThat(ENGINE_IMPORT.matcher("package x;\nimport org.apache.spark.sql.Row;\n").find()).isTrue();
    assertThat(ENGINE_IMPORT.matcher("import static scala.Predef.println;").find()).isTrue();
    assertThat(ENGINE_IMPORT.matcher("// mentions org.apache.spark in prose").find()).isFalse();
  }

  private static boolean isEdge(Path p) {
    Path rel = MAIN.relativize(p);
    String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    return top.equals("spark") || top.equals("cli");
  }

  private static Stream<Path> javaFiles() throws IOException {
    return Files.walk(MAIN).filter(p -> p.toString().endsWith(".java"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
