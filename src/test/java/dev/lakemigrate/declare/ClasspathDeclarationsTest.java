package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declarations packaged in the job JAR are found by scanning its entries. */
class ClasspathDeclarationsTest {
  @TempDir Path dir;

  private Path jar(Map<String, String> entries) throws IOException {
    Path jar = dir.resolve("job.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new JarEntry(e.getKey()));
        if (e.getValue() != null) zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  private static String table(String name) {
    return "table: " + name + "\ncolumns: [{name: id, type: INT}]\n";
  }

  @Test
  void scansTheJarUnderThePrefixInPathOrder() throws IOException {
    Path jar = jar(Map.of("schema/", "", "schema/sub/", "", "schema/z.yaml", table("z"),
        "schema/sub/a.yml", table("a"), "schema/notes.txt", "ignored", "other/x.yaml", table("x")));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Declarations d = new DeclarationLoader(Yaml.DEFAULTS).loadClasspath("schema/", loader);
      assertThat(d.tables()).extracting(t -> t.name().name()).containsExactly("a", "z");
      assertThat(d.locations().values()).extracting(SourceLocation::file)
          .containsExactlyInAnyOrder("schema/sub/a.yml", "schema/z.yaml");
    }
  }

  @Test
  void problemsInPackagedFilesNameTheResource() throws IOException {
    Path jar = jar(Map.of("schema/", "", "schema/bad.yaml", "table: t\n"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> new DeclarationLoader(Yaml.DEFAULTS).loadClasspath("schema", loader))
          .hasMessage("Cannot load declarations: 1 problem" + System.lineSeparator()
              + "- schema/bad.yaml:1:1: Cannot declare table t: required key 'columns' is missing. Add it.");
    }
  }

  @Test
  void aPrefixWithNothingUnderItIsRefused() throws IOException {
    Path jar = jar(Map.of("other/x.yaml", table("x")));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> new DeclarationLoader(Yaml.DEFAULTS).loadClasspath("schema/", loader))
          .hasMessageEndingWith("- classpath:schema/: Cannot load declarations: no *.yaml or *.yml file"
              + " found. Add one file per table, or pass the directory that holds them.");
    }
  }
}
