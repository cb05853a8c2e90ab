package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import dev.lakemigrate.declare.DeclarationWriter;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import java.nio.file.Path;
import java.util.List;

/**
 * pull --schema-dir OUT: one YAML declaration per existing table of the run's catalog and schema,
 * written as {@code OUT/<table>.yaml} (replacing a file of that name). Loaded back with the same
 * --catalog/--schema, they declare exactly the live tables.
 */
final class PullCommand {
  private final Settings settings;
  private final Backend backend;
  private final Path workingDir;
  private final ReportPrinter printer;

  PullCommand(Settings settings, Backend backend, Path workingDir, ReportPrinter printer) {
    this.settings = settings;
    this.backend = backend;
    this.workingDir = workingDir;
    this.printer = printer;
  }

  int run() {
    if (settings.classpathDeclarations()) {
      throw CliErrors.usage("pull writes files and cannot write to " + settings.schemaDir()
          + "; give --schema-dir a directory", Command.PULL.cliName());
    }
    Path dir = workingDir.resolve(settings.schemaDir());
    List<Table> live = new LiveSchemaReader(backend.metadata(), settings.introspectionParallelism())
        .read(settings.catalog(), settings.schema(), TableSelection.filter(settings.tables()));
    List<String> found = live.stream().map(t -> t.name().name()).toList();
    List<String> missing = settings.tables().stream().filter(n -> !found.contains(n)).toList();
    if (!missing.isEmpty()) throw CliErrors.unknownTables(missing, found);
    DeclarationWriter writer = new DeclarationWriter();
    for (Table table : live) {
      Path file = dir.resolve(table.name().name() + ".yaml");
      ReportPrinter.write(file, writer.write(table));
      printer.line("Wrote " + file);
      DeclarationWriter.unwritableForeignKeys(table).forEach(fk -> printer.line("Note: " + table.name()
          + ": foreign key " + fk.name() + " spans several columns and was left out (the format declares"
          + " single-column keys only)."));
    }
    printer.line("Pulled " + live.size() + " table" + (live.size() == 1 ? "" : "s") + " from "
        + settings.catalog() + "." + settings.schema() + " into " + dir + ".");
    return Outcome.SUCCESS;
  }
}
