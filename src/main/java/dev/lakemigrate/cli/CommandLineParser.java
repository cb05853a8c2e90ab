package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code lakemigrate <command> [options]} through picocli: commands case-insensitive (job parameters
 * such as {@code mode=Plan} select the command), options in any order after the command, every
 * usage error a USAGE error (exit code 64).
 */
public final class CommandLineParser {
  private CommandLineParser() {}

  @CommandLine.Command(name = "lakemigrate", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
      description = "Declarative schema migrations for Delta Lake tables.",
      footer = {"", "Exit codes: 0 success; 1 failure or refused plan; 2 pending changes (plan --detailed-exitcode);"
          + " 64 usage or configuration error."})
  static final class Top {}

  public static Invocation parse(String... args) {
    CommandLine top = build();
    ParseResult result;
    try {
      result = top.parseArgs(args);
    } catch (ParameterException e) {
      throw CliErrors.usage(e.getMessage(), subcommandName(e.getCommandLine()));
    }
    if (top.isUsageHelpRequested()) return new Invocation(null, null, top.getUsageMessage());
    if (top.isVersionHelpRequested()) return new Invocation(null, null, "lakemigrate " + ToolVersion.current() + System.lineSeparator());
    ParseResult sub = result.subcommand();
    if (sub == null) throw CliErrors.usage("no command given; use one of validate, plan, apply, pull, history", null);
    CommandLine subLine = sub.commandSpec().commandLine();
    if (subLine.isUsageHelpRequested()) return new Invocation(null, null, subLine.getUsageMessage());
    Command command = Command.byName(sub.commandSpec().name()).orElseThrow();
    return new Invocation(command, (CliOptions) sub.commandSpec().userObject(), null);
  }

  static CommandLine build() {
    CommandLine top = new CommandLine(new Top());
    for (Command command : Command.values()) {
      CommandLine sub = new CommandLine(new CliOptions());
      sub.getCommandSpec().usageMessage().description(command.description());
      top.addSubcommand(command.cliName(), sub);
    }
    top.setSubcommandsCaseInsensitive(true);
    top.setCaseInsensitiveEnumValuesAllowed(true);
    return top;
  }

  private static String subcommandName(CommandLine line) {
    return line == null || line.getParent() == null ? null : line.getCommandName();
  }
}
