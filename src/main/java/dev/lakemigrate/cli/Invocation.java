package dev.lakemigrate.cli;

/** A parsed command line: the command and its options, or the help text asked for. */
public record Invocation(Command command, CliOptions options, String help) {
  public boolean helpRequested() {
    return help != null;
  }
}
