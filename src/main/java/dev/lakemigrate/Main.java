package dev.lakemigrate;

import dev.lakemigrate.cli.Cli;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code lakemigrate <command> [options]}: the job JAR's main class and the local launcher's entry
 * point. Locally it exits with the run's exit code. Inside a Databricks job run
 * ({@code DATABRICKS_RUNTIME_VERSION} set) it never calls System.exit and never stops the session:
 * the report is printed, then a failure is thrown as an exception whose message says what failed.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    new Cli(System.out, System.err, env, Path.of("").toAbsolutePath()).run(args).finish(env, System::exit);
  }
}
