package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message of one stage: command line and configuration. Messages say what is wrong, where,
 * and how to fix it ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class CliErrors {
  private CliErrors() {}

  public static LakemigrateException usage(String detail, String command) {
    String help = command == null ? "lakemigrate --help" : "lakemigrate " + command + " --help";
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot parse the command line: " + cliStripPeriod(detail) + ". Run '" + help + "' for the options.");
  }

  public static LakemigrateException invalidConfiguration(List<String> problems) {
    return new LakemigrateException(ErrorCode.CONFIGURATION,
        "Cannot resolve the configuration: " + cliCount(problems.size(), "problem") + ".", problems, null);
  }

  public static String unknownConfigKey(String origin, String key, String nearest) {
    return origin + ": Cannot use configuration key " + key + ": no such key. Did you mean " + nearest
        + "? (every key: reference.conf)";
  }

  public static String badConfigValue(String origin, String key, String detail) {
    return origin + ": Cannot read configuration key " + key + ": " + cliStripPeriod(detail)
        + ". Fix the value (its default and type: reference.conf).";
  }

  public static String unknownConfigTarget(String target, String file, List<String> targets) {
    return "Cannot use target " + target + ": " + file + " does not exist. Create it, or pick one of: "
        + String.join(", ", targets) + ".";
  }

  public static String missingConfDir(String dir) {
    return "Cannot read configuration directory " + dir + ": it does not exist. Point --conf-dir at the"
        + " bundle's conf/ directory.";
  }

  public static String unreadableConfFile(String file, String detail) {
    return "Cannot read configuration file " + file + ": " + cliStripPeriod(detail) + ". Fix its HOCON syntax.";
  }

  public static String badConfOption(String text) {
    return "Cannot use --conf " + text + ": expected KEY=VALUE. Write it as --conf lakemigrate.lock.wait=1m.";
  }

  public static LakemigrateException unknownTables(List<String> requested, List<String> known) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot limit the run to " + String.join(", ", requested) + ": no declaration or live table has"
            + (requested.size() == 1 ? " that name" : " those names") + ". Pick from: "
            + (known.isEmpty() ? "(none)" : String.join(", ", known)) + ".");
  }

  /** @param drifted one line per change: {@code table: what differs} */
  public static LakemigrateException drift(int tables, List<String> drifted) {
    return new LakemigrateException(ErrorCode.DRIFT,
        "Cannot confirm the tables match their declarations: " + cliCount(tables, "table") + " drifted ("
            + cliCount(drifted.size(), "change") + "). Run apply, or update the declarations (pull shows"
            + " the live state).", drifted, null);
  }

  public static LakemigrateException unwritableFile(String what, String file, String detail) {
    return new LakemigrateException(ErrorCode.INTERNAL,
        "Cannot write " + what + " " + file + ": " + cliStripPeriod(detail) + ". Check the path and its permissions.");
  }

  public static LakemigrateException commandFailed(String command, Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cliFirstLine(cause.getMessage());
    return new LakemigrateException(ErrorCode.INTERNAL,
        "Cannot complete " + command + ": " + cliStripPeriod(detail) + ". Run again with --debug for the stack trace.",
        List.of(), cause);
  }

  public static LakemigrateException sparkMissing(Throwable cause) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot start Spark: its classes are not on the classpath (" + cause.getMessage() + "). Run through"
            + " bin/lakemigrate, or as a job on a Databricks cluster.", List.of(), cause);
  }

  /** The message a Databricks job run fails with (the report was printed before). */
  public static String jobRunFailed(String command, int exitCode, String message) {
    return "lakemigrate " + command + " failed (exit code " + exitCode + "): " + message;
  }

  private static String cliCount(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String cliStripPeriod(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String cliFirstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
