package dev.lakemigrate.declare;

import dev.lakemigrate.error.LakemigrateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: writes YAML files into a directory, loads them, and shows problems relative to it. */
final class Yaml {
  static final Defaults DEFAULTS = new Defaults("main", "sales");

  private Yaml() {}

  static Path write(Path dir, Map<String, String> files) {
    files.forEach((name, text) -> write(dir, name, text.getBytes(StandardCharsets.UTF_8)));
    return dir;
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Declarations load(Path dir) {
    return new DeclarationLoader(DEFAULTS).load(dir);
  }

  /** The problems of loading {@code dir}, with the directory prefix removed. */
  static List<String> problems(Path dir) {
    try {
      load(dir);
    } catch (LakemigrateException e) {
      String prefix = dir.toString().replace('\\', '/') + "/";
      return e.problems().stream().map(p -> p.replace(prefix, "")).toList();
    }
    throw new AssertionError("expected the declarations in " + dir + " to be refused");
  }

  /** Problems of one file {@code t.yaml} with the given text. */
  static List<String> problems(Path dir, String text) {
    return problems(write(dir, Map.of("t.yaml", text)));
  }
}
