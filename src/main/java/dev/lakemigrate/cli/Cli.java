package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import dev.lakemigrate.error.LakemigrateException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * One run of {@code lakemigrate <command> [options]}: parse, resolve settings, run the command,
 * turn every failure into one clear message (a stack trace only with --debug) and an exit code.
 * Only plan/apply/pull/history reach {@link SparkBackend}.
 */
public final class Cli {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Path workingDir;
  private final Function<Settings, Backend> backends;

  /** A command line over the Spark engine. */
  public Cli(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
    this(out, err, env, workingDir, null);
  }

  /** @param backends the engine for plan/apply/pull/history; null means Spark */
  Cli(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir, Function<Settings, Backend> backends) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.workingDir = workingDir;
    this.backends = backends;
  }

  public Outcome run(String... args) {
    boolean debug = Arrays.stream(args).anyMatch(a -> a.equals("--debug") || a.equals("--debug=true"));
    Command command = null;
    try {
      Invocation invocation = CommandLineParser.parse(args);
      if (invocation.helpRequested()) {
        out.print(invocation.help());
        return Outcome.of(Outcome.SUCCESS, null);
      }
      command = invocation.command();
      Settings settings = new SettingsReader(env, workingDir).read(command, invocation.options());
      return Outcome.of(execute(settings), command);
    } catch (LakemigrateException e) {
      return fail(e, command, debug);
    } catch (NoClassDefFoundError e) {
      if (!isEngineClass(String.valueOf(e.getMessage()))) throw e;
      return fail(CliErrors.sparkMissing(e), command, debug);
    } catch (Exception e) {
      // Spark's AnalysisException is a checked exception that Scala code throws undeclared.
      return fail(CliErrors.commandFailed(command == null ? "lakemigrate" : command.cliName(), e), command, debug);
    }
  }

  private static boolean isEngineClass(String name) {
    return name.startsWith("org/apache/spark") || name.startsWith("io/delta") || name.startsWith("scala/");
  }

  private int execute(Settings settings) {
    if (!settings.command().needsSpark()) return ValidateCommand.run(settings, workingDir, out);
    Backend backend = backends != null ? backends.apply(settings) : SparkBackend.start(settings);
    return new EngineCommands(settings, backend, workingDir, out, err).run();
  }

  private Outcome fail(LakemigrateException e, Command command, boolean debug) {
    out.flush();
    err.println(e.getMessage());
    if (debug) e.printStackTrace(err);
    err.flush();
    return new Outcome(e.code().exitCode(), command == null ? "lakemigrate" : command.cliName(), e.getMessage());
  }
}
