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
