package dev.lakemigrate.cli;

import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.RunResult;
import dev.lakemigrate.declare.Declarations;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.error.Errors;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.Planner;
import dev.lakemigrate.report.HistoryReporter;
import dev.lakemigrate.report.PlanReporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/** plan, apply and history against a {@link Backend}; the stages do the work, this wires them. */
final class EngineCommands {
  private final Settings settings;
  private final Backend backend;
  private final Path workingDir;
  private final ReportPrinter printer;
  private final PrintStream progress;

  EngineCommands(Settings settings, Backend backend, Path workingDir, PrintStream out, PrintStream progress) {
    this.settings = settings;
    this.backend = backend;
    this.workingDir = workingDir;
    this.printer = new ReportPrinter(out, settings.out(), settings.output());
    this.progress = progress;
  }

  int run() {
    return switch (settings.command()) {
      case PLAN -> plan();
      case APPLY -> apply();
      case PULL -> new PullCommand(settings, backend, workingDir, printer).run();
      case HISTORY -> history();
      case VALIDATE -> throw new IllegalStateException("validate never reaches the engine");
    };
  }

  private int plan() {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    Plan plan = computePlan(declarations, backend.engine());
    printer.print(new PlanReporter().render(plan, settings.format()));
    return PlanVerdict.of(plan, settings.failOnDrift(), settings.detailedExitcode());
  }

  private int apply() {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    Engine engine = backend.engine();
    Plan plan = computePlan(declarations, engine);
    printer.print(new PlanReporter().render(plan, settings.format()));
    if (plan.blocked()) throw Errors.planRefused(plan.blockers());
    String reviewed = settings.reviewedPlan() == null ? null : ReviewedPlanCheck.check(settings.reviewedPlan(), plan);
    if (plan.inSync()) {
      printer.line("Nothing to apply: the tables are in sync with the declarations.");
      return Outcome.SUCCESS;
    }
    HistoryStore history = backend.history(settings.historyTable());
    if (settings.preflight()) history.ensureExists();
    String runId = UUID.randomUUID().toString();
    RunContext context = new RunContext(runId, Command.APPLY.cliName(), settings.target(), ToolVersion.current(),
        backend.currentUser(), settings.jobRunId(), declarations.checksum(), reviewed);
    new Executor(backend.sql(), history, backend.lock(settings.lockTable()), settings.lockLease(), settings.lockWait(),
        progress::println).apply(plan, context, () -> computePlan(declarations, engine));
    long statements = plan.statements().stream().filter(s -> s.runs()).count();
    printer.line("Applied " + statements + " statement" + (statements == 1 ? "" : "s") + " to "
        + plan.tables().size() + " table" + (plan.tables().size() == 1 ? "" : "s") + " (run " + runId
        + ", ledger " + settings.historyTable() + ").");
    return Outcome.SUCCESS;
  }

  private int history() {
    var entries = backend.history(settings.historyTable()).recentRuns(settings.historyRuns());
    printer.print(new HistoryReporter().renderHistory(RunResult.fromHistory(entries), settings.format()));
    return Outcome.SUCCESS;
  }

  /** Reads every schema the declarations touch (and the run's own), each table once, then plans. */
  private Plan computePlan(Declarations declarations, Engine engine) {
    List<Table> declared = declarations.tables().stream()
        .filter(t -> selected(t.name().name()))
        .toList();
    Set<List<String>> schemas = new LinkedHashSet<>();
    schemas.add(List.of(settings.catalog(), settings.schema()));
    declared.forEach(t -> schemas.add(List.of(t.name().catalog(), t.name().schema())));
    LiveSchemaReader reader = new LiveSchemaReader(backend.metadata(), settings.introspectionParallelism());
    Predicate<String> filter = TableSelection.filter(settings.tables());
    List<Table> live = new ArrayList<>();
    schemas.forEach(s -> live.addAll(reader.read(s.get(0), s.get(1), filter)));
    requireSelectedExist(declarations.tables(), live);
    return new Planner().plan(new Differ().diff(live, declared, settings.dropUnmanaged()), engine, settings.planOptions());
  }

  private boolean selected(String name) {
    return settings.tables().isEmpty() || settings.tables().contains(name);
  }

  private void requireSelectedExist(List<Table> declared, List<Table> live) {
    Set<String> known = new TreeSet<>();
    declared.forEach(t -> known.add(t.name().name()));
    live.forEach(t -> known.add(t.name().name()));
    List<String> missing = settings.tables().stream().filter(n -> !known.contains(n)).toList();
    if (!missing.isEmpty()) throw Errors.unknownTables(missing, List.copyOf(known));
  }
}
