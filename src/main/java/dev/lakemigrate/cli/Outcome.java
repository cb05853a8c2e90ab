package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * How a run ended: the process exit code (0 success, 1 failure or refused plan, 2 pending changes
 * with --detailed-exitcode, 64 usage) and, on failure, the one-line-headline message printed.
 */
public record Outcome(int exitCode, String command, String message) {
  public static final int SUCCESS = 0;
  public static final int PENDING = 2;

  public static Outcome of(int exitCode, Command command) {
    return new Outcome(exitCode, command == null ? "lakemigrate" : command.cliName(), null);
  }

  public boolean failed() {
    return exitCode != SUCCESS && exitCode != PENDING;
  }

  /**
   * Ends the process the way its environment expects: locally, {@code exit} with the exit code;
   * inside a Databricks job run ({@code DATABRICKS_RUNTIME_VERSION} set), never exit: return on
   * success or pending changes, throw on failure (see {@link #throwIfFailed}).
   */
  public void finish(Map<String, String> env, IntConsumer exit) {
    if (insideDatabricks(env)) {
      throwIfFailed();
      return;
    }
    exit.accept(exitCode);
  }

  static boolean insideDatabricks(Map<String, String> env) {
    String runtime = env.get("DATABRICKS_RUNTIME_VERSION");
    return runtime != null && !runtime.isBlank();
  }

  /**
   * Inside a Databricks job run nothing may call System.exit: a failure fails the run by an
   * exception whose message says what failed (the report is already printed).
   */
  public void throwIfFailed() {
    if (failed()) throw new JobRunFailedException(CliErrors.jobRunFailed(command, exitCode, message));
  }

  /** Fails a Databricks job run; its message is what the run page shows. */
  public static final class JobRunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobRunFailedException(String message) {
      super(message, null, false, false);
    }
  }
}
