package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import dev.lakemigrate.apply.LiveFingerprint;
import dev.lakemigrate.declare.Declarations;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.Planner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Live tables → diff → plan for one run: reads every schema the declarations touch (and the run's
 * own), each table once, on the configured bounded pool, limited to --tables.
 */
final class Planning {
  /** A plan and the live tables it was computed from (a reviewed plan fingerprints them). */
  record Planned(Plan plan, List<Table> live) {}

  private final Settings settings;
  private final Backend backend;
  private final Engine engine;

  Planning(Settings settings, Backend backend, Engine engine) {
    this.settings = settings;
    this.backend = backend;
    this.engine = engine;
  }

  Planned plan(Declarations declarations) {
    List<Table> declared = declarations.tables().stream()
        .filter(t -> settings.tables().isEmpty() || settings.tables().contains(t.name().name()))
        .toList();
    Set<List<String>> schemas = new LinkedHashSet<>();
    schemas.add(List.of(settings.catalog(), settings.schema()));
    declared.forEach(t -> schemas.add(List.of(t.name().catalog(), t.name().schema())));
    LiveSchemaReader reader = reader();
    Predicate<String> filter = TableSelection.filter(settings.tables());
    List<Table> live = new ArrayList<>();
    List<TableName> backups = new ArrayList<>();
    for (List<String> s : schemas) {
      LiveSchemaReader.Listing listing = reader.readWithBackups(s.get(0), List.of(s.get(1)), filter);
      live.addAll(listing.tables());
      backups.addAll(listing.backups());
    }
    requireSelectedExist(declarations.tables(), live);
    Plan plan = new Planner().plan(new Differ().diff(live, declared, settings.dropUnmanaged(), backups), engine,
        settings.planOptions().allowingRebuildOf(declarations.rebuildAllowed()));
    return new Planned(plan, live);
  }

  /** The fingerprint of {@code tables} as they are now (a reviewed plan checks it under the lock). */
  LiveFingerprint fingerprint(Collection<TableName> tables) {
    Map<List<String>, Set<String>> bySchema = new LinkedHashMap<>();
    tables.forEach(t -> bySchema.computeIfAbsent(List.of(t.catalog(), t.schema()), k -> new TreeSet<>()).add(t.name()));
    LiveSchemaReader reader = reader();
    List<Table> live = new ArrayList<>();
    bySchema.forEach((schema, names) -> live.addAll(reader.read(schema.get(0), schema.get(1), names::contains)));
    return LiveFingerprint.of(tables, live);
  }

  private LiveSchemaReader reader() {
    return new LiveSchemaReader(backend.metadata(), settings.introspectionParallelism());
  }

  private void requireSelectedExist(List<Table> declared, List<Table> live) {
    Set<String> known = new TreeSet<>();
    declared.forEach(t -> known.add(t.name().name()));
    live.forEach(t -> known.add(t.name().name()));
    List<String> missing = settings.tables().stream().filter(n -> !known.contains(n)).toList();
    if (!missing.isEmpty()) throw CliErrors.unknownTables(missing, List.copyOf(known));
  }
}
