package dev.lakemigrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job JAR as Databricks receives it (runs after {@code package}, through failsafe): our libraries
 * are relocated under {@code dev/lakemigrate/shaded/}, so they cannot clash with the Jackson and
 * typesafe-config a Databricks runtime ships; no Spark, Delta or Scala class is inside.
 */
class JarPackagingCheck {
  private static List<String> entries;
  private static Manifest manifest;

  @BeforeAll
  static void open() throws IOException {
    Path jar = Path.of(System.getProperty("lakemigrate.jar", "target/none.jar"));
    assertThat(jar).as("the shaded JAR built by mvn package").exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      entries = file.stream().map(ZipEntry::getName).toList();
      manifest = file.getManifest();
    }
    assertThat(Files.size(jar)).isGreaterThan(100_000);
  }

  @Test
  void librariesAreRelocatedUnderTheShadedPrefix() {
    assertThat(entries).anyMatch(e -> e.startsWith("dev/lakemigrate/shaded/com/fasterxml/jackson/dataformat/yaml/"));
    assertThat(entries).anyMatch(e -> e.startsWith("dev/lakemigrate/shaded/com/typesafe/config/"));
    assertThat(entries).anyMatch(e -> e.startsWith("dev/lakemigrate/shaded/org/yaml/snakeyaml/"));
    assertThat(entries).anyMatch(e -> e.startsWith("dev/lakemigrate/shaded/picocli/"));
    assertThat(entries).noneMatch(e -> e.startsWith("com/fasterxml/"))
        .noneMatch(e -> e.startsWith("com/typesafe/"))
        .noneMatch(e -> e.startsWith("org/yaml/"))
        .noneMatch(e -> e.startsWith("picocli/"));
  }

  @Test
  void noUnrelocatedMultiReleaseClasses() {
    assertThat(entries).noneMatch(e -> e.startsWith("META-INF/versions/") && e.endsWith(".class"));
    assertThat(manifest.getMainAttributes().getValue("Multi-Release")).isNull();
  }

  @Test
  void noEngineClassesAreInside() {
    assertThat(entries).noneMatch(e -> e.startsWith("org/apache/spark/"))
        .noneMatch(e -> e.startsWith("io/delta/"))
        .noneMatch(e -> e.startsWith("scala/"))
        .noneMatch(e -> e.startsWith("org/apache/hadoop/"));
  }

  @Test
  void mainClassAndOurCodeArePresent() {
    assertThat(entries).contains("dev/lakemigrate/Main.class");
    assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("dev.lakemigrate.Main");
    assertThat(entries).contains("lakemigrate-declaration.schema.json");
  }

  @Test
  void relocatedServiceFilesPointAtRelocatedClasses() {
    assertThat(entries.stream().filter(e -> e.startsWith("META-INF/services/com.fasterxml"))).isEmpty();
  }
}
