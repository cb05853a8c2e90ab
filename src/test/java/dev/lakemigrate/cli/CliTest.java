package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Outcome run(String... args) {
    return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), dir, settings -> {
          throw new AssertionError("no engine expected");
        }).run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aUsageErrorExits64WithOneMessageAndNoStackTrace() {
    Outcome outcome = run("plan", "--bogus");
    assertThat(outcome.exitCode()).isEqualTo(64);
    assertThat(err()).isEqualTo("Cannot parse the command line: Unknown option: '--bogus'. Run 'lakemigrate plan"
        + " --help' for the options." + System.lineSeparator());
  }

  @Test
  void aConfigurationErrorExits64() {
    Outcome outcome = run("validate", "--conf", "lakemigrate.catalg=x");
    assertThat(outcome.exitCode()).isEqualTo(64);
    assertThat(err()).contains("Did you mean lakemigrate.catalog?").doesNotContain("\tat ");
  }

  @Test
  void debugAddsTheStackTrace() {
    run("plan", "--bogus", "--debug");
    assertThat(err()).contains("\tat dev.lakemigrate.");
  }

  @Test
  void aCheckedExceptionFromTheEngineIsOneMessageToo() {
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), dir, settings -> sneakyThrow(new Exception("[TABLE_OR_VIEW_NOT_FOUND] The table x cannot be found.\nmore")))
        .run("history");
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(err()).isEqualTo("Cannot complete history: [TABLE_OR_VIEW_NOT_FOUND] The table x cannot be found. Run"
        + " again with --debug for the stack trace." + System.lineSeparator());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> Backend sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void helpExitsZero() {
    assertThat(run("--help").exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: lakemigrate");
  }

  @Test
  void validateNeverAsksForAnEngineWhateverTheOptions() {
    Outcome outcome = run("validate", "--local", "--warehouse", "w", "--allow-destructive", "--plan", "p.json",
        "--format", "json", "--schema-dir", "nowhere");
    // The declarations do not exist: validate fails on them (exit 1), and never reached the engine.
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(err()).startsWith("Cannot ").doesNotContain("no engine expected");
  }

  @Test
  void locallyTheProcessExitsWithTheCodeButNeverInsideDatabricks() {
    java.util.List<Integer> exits = new java.util.ArrayList<>();
    new Outcome(2, "plan", null).finish(Map.of("HOME", "/root"), exits::add);
    new Outcome(1, "apply", "Cannot apply").finish(Map.of(), exits::add);
    assertThat(exits).containsExactly(2, 1);

    Map<String, String> job = Map.of("DATABRICKS_RUNTIME_VERSION", "17.3");
    new Outcome(0, "plan", null).finish(job, exits::add);
    new Outcome(2, "plan", null).finish(job, exits::add);
    assertThatThrownBy(() -> new Outcome(1, "plan", "Cannot confirm").finish(job, exits::add))
        .isInstanceOf(Outcome.JobRunFailedException.class).hasMessage("lakemigrate plan failed (exit code 1): Cannot confirm");
    assertThat(exits).as("no exit inside Databricks").containsExactly(2, 1);
  }

  @Test
  void insideAJobRunAFailureIsAnExceptionNamingWhatFailed() {
    Outcome refused = new Outcome(1, "apply", "Cannot carry out the plan: 1 change refused; nothing was run.");
    assertThatThrownBy(refused::throwIfFailed)
        .isInstanceOf(Outcome.JobRunFailedException.class)
        .hasMessage("lakemigrate apply failed (exit code 1): Cannot carry out the plan: 1 change refused; nothing"
            + " was run.");
    new Outcome(0, "plan", null).throwIfFailed();
    new Outcome(2, "plan", null).throwIfFailed();
    assertThatThrownBy(new Outcome(64, "plan", "Cannot parse")::throwIfFailed).hasMessageContaining("exit code 64");
  }
}
