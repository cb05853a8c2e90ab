package dev.lakemigrate.cli;

import dev.lakemigrate.declare.Declarations;
import java.io.PrintStream;
import java.nio.file.Path;

/** validate: loads and checks the declarations only. Never touches Spark, whatever the options. */
final class ValidateCommand {
  private ValidateCommand() {}

  static int run(Settings settings, Path workingDir, PrintStream out) {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    int n = declarations.tables().size();
    out.println("Valid: " + n + " table" + (n == 1 ? "" : "s") + " declared in " + settings.schemaDir()
        + " (checksum " + declarations.checksum() + ").");
    declarations.tables().forEach(t -> out.println("  " + t.name()
        + declarations.locationOf(t.name()).map(l -> "  (" + l.file() + ")").orElse("")));
    return Outcome.SUCCESS;
  }
}
