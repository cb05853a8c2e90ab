package dev.lakemigrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The command line in-process for the reliability tests: exit code and what it printed. */
final class CliRunner {
  record Run(int exitCode, String stdout, String stderr) {
    String all() {
      return stdout + stderr;
    }
  }

  private final Path workDir;
  private final List<String> common;

  /** @param common options added to every run (e.g. {@code --catalog spark_catalog --schema s}) */
  CliRunner(Path workDir, String... common) {
    this.workDir = workDir;
    this.common = List.of(common);
  }

  Run run(Function<Settings, Backend> backends, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(common);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), workDir, backends).run(all.toArray(String[]::new));
    return new Run(outcome.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
