package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.declare.TableReader.DeclaredTable;
import java.util.ArrayList;
import java.util.List;

/**
 * One document → its tables: a single table ({@code table: …} at the top) or several
 * ({@code tables: [...]}, with optional file-level {@code catalog} / {@code schema} that the
 * tables' own keys override, and that override the run's {@link Defaults}).
 */
final class FileReader {
  private final Defaults defaults;
  private final Problems problems;
  private final TableReader tables;

  FileReader(Defaults defaults, Problems problems) {
    this.defaults = defaults;
    this.problems = problems;
    this.tables = new TableReader(problems);
  }

  List<DeclaredTable> read(Node root) {
    List<DeclaredTable> declared = new ArrayList<>();
    if (!(root instanceof Node.Mapping mapping)) {
      problems.add(DeclareErrors.notAMapping(root.at().toString(), root.describe()));
      return declared;
    }
    if (mapping.entry("tables").isEmpty()) {
      tables.read(root, defaults).ifPresent(declared::add);
      return declared;
    }
    MappingReader r = new MappingReader(mapping, "the file", problems);
    r.allowOnly(DeclarationKeys.FILE);
    Defaults fileDefaults = new Defaults(
        r.string("catalog").filter(n -> SafeNames.check(n, SafeNames.CATALOG, problems))
            .map(Located::value).orElse(defaults.catalog()),
        r.string("schema").filter(n -> SafeNames.check(n, SafeNames.SCHEMA, problems))
            .map(Located::value).orElse(defaults.schema()));
    for (Node item : r.list("tables")) tables.read(item, fileDefaults).ifPresent(declared::add);
    return declared;
  }
}
