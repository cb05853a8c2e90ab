package dev.lakemigrate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bundle's files (databricks.yml and resources/*.yml), read as JSON trees. */
final class BundleFiles {
  static final Path ROOT = Path.of("").toAbsolutePath();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private BundleFiles() {}

  static List<Path> all() {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("databricks.yml")));
    try (Stream<Path> resources = Files.list(ROOT.resolve("resources"))) {
      resources.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String relative) {
    return read(ROOT.resolve(relative));
  }
}
