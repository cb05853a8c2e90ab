package dev.lakemigrate.cli;

import dev.lakemigrate.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command accepts, in any order after the command. Unset options are null, so
 * configuration decides (see {@link ConfigLoader}). Job parameters arrive as strings, so the
 * switches also take {@code =true} / {@code =false}.
 */
public final class CliOptions {
  @Option(names = "--schema-dir", paramLabel = "DIR",
      description = "YAML declarations root, read recursively (or classpath:schema/). pull: where to write.")
  String schemaDir;

  @Option(names = "--catalog", paramLabel = "NAME", description = "Catalog for declarations that name none.")
  String catalog;

  @Option(names = "--schema", paramLabel = "NAME", description = "Schema for declarations that name none.")
  String schema;

  @Option(names = "--target", paramLabel = "NAME",
      description = "Configuration target: conf/<NAME>.conf (default: local with --local, else dev).")
  String target;

  @Option(names = "--conf-dir", paramLabel = "DIR",
      description = "Configuration directory (default: ./conf when present).")
  Path confDir;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Any configuration key (repeatable).")
  List<String> conf = new ArrayList<>();

  @Option(names = "--local", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "Start an embedded Spark with Delta instead of joining the running session.")
  Boolean local;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "With --local: where managed tables live.")
  String warehouse;

  @Option(names = "--allow-destructive", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "plan/apply: allow destructive changes (drops).")
  Boolean allowDestructive;

  @Option(names = "--allow-rebuild", paramLabel = "a,b",
      description = "plan/apply: allow a guarded rebuild of these tables (all: every table) for changes Delta cannot make in place.")
  String allowRebuild;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sql or markdown.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the whole report to FILE; plan --out FILE.json writes the reviewed plan for apply --plan.")
  Path out;

  @Option(names = "--detailed-exitcode", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "plan: exit 0 when in sync, 2 when changes are pending.")
  Boolean detailedExitcode;

  @Option(names = "--fail-on-drift", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "plan: fail (exit 1) when a live table differs, naming each table and change.")
  Boolean failOnDrift;

  @Option(names = "--tables", paramLabel = "a,b", description = "Limit the run to these tables (all: every table).")
  String tables;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "apply: run exactly the reviewed plan (plan --out FILE.json), refused if its tables changed since.")
  Path reviewedPlan;

  @Option(names = "--no-preflight", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "plan/apply: skip the pre-flight data checks (NULL, CHECK and cast counts) before the first DDL.")
  Boolean noPreflight;

  @Option(names = "--job-run-id", paramLabel = "ID", description = "Recorded in the ledger (the bundle job passes {{job.run_id}}).")
  String jobRunId;

  @Option(names = "--debug", arity = "0..1", paramLabel = "BOOL", fallbackValue = "true",
      description = "Print stack traces with errors.")
  Boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;
}
