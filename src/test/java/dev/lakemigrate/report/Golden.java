package dev.lakemigrate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/}. A mismatch fails; the files are rewritten
 * only when the build runs with {@code -Dlakemigrate.updateGolden=true} (then review the diff).
 */
public final class Golden {
  static final Path ROOT = Path.of("src/test/resources/report");
  private static final boolean UPDATE = Boolean.getBoolean("lakemigrate.updateGolden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    assertMatches(ROOT.resolve(name), actual);
  }

  /** Compares {@code actual} with the golden file at {@code file} (any folder). */
  public static void assertMatches(Path file, String actual) {
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dlakemigrate.updateGolden=true)", file).exists();
      assertThat(actual).as("rendering vs golden file %s (regenerate with -Dlakemigrate.updateGolden=true and review the diff)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
