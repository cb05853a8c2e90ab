package dev.lakemigrate.cli;

import dev.lakemigrate.error.ApplyErrors;
import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.PreflightRunner;
import dev.lakemigrate.apply.ReviewedPlan;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.RunResult;
import dev.lakemigrate.declare.Declarations;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.report.HistoryReporter;
import dev.lakemigrate.report.PlanReporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * plan, apply, pull and history against a {@link Backend}; the stages do the work, this wires them.
 * Job output gets the plan whole while it fits the output limits, else a summary naming where the
 * whole plan is (--out, or the ledger).
 */
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
    this.printer = new ReportPrinter(out, settings.output());
    this.progress = progress;
  }

  int run() {
    return switch (settings.command()) {
      case PLAN -> plan();
      case APPLY -> settings.reviewedPlan() == null ? apply() : applyReviewed();
      case PULL -> new PullCommand(settings, backend, workingDir, printer).run();
      case HISTORY -> history();
      case VALIDATE -> throw new IllegalStateException("validate never reaches the engine");
    };
  }

  /** plan; {@code --out FILE.json} writes the reviewed plan that {@code apply --plan} runs. */
  private int plan() {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    Planning.Planned planned = new Planning(settings, backend, backend.engine()).plan(declarations);
    Plan plan = settings.preflight() ? new PreflightRunner(backend.sql()).attach(planned.plan()) : planned.plan();
    if (settings.out() != null) {
      boolean reviewed = isJson(settings.out()) && !plan.blocked();
      ReportPrinter.write(settings.out(), reviewed
          ? ReviewedPlan.of(plan, planned.live(), settings.out().toString()).toJson()
          : new PlanReporter().render(plan, settings.format()));
    }
    printPlan(plan, settings.out() != null ? settings.out().toString() : "plan --out FILE");
    return PlanVerdict.of(plan, settings.failOnDrift(), settings.detailedExitcode());
  }

  private int apply() {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    Planning planning = new Planning(settings, backend, backend.engine());
    Plan plan = planning.plan(declarations).plan();
    if (settings.out() != null) ReportPrinter.write(settings.out(), new PlanReporter().render(plan, settings.format()));
    printPlan(plan, settings.out() != null ? settings.out().toString() : "the ledger " + settings.historyTable());
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    if (plan.inSync()) {
      printer.line("Nothing to apply: the tables are in sync with the declarations.");
      return Outcome.SUCCESS;
    }
    RunResult run = executor(ledger()).applyLatest(plan, context(declarations), () -> planning.plan(declarations).plan(),
        settings.preflight());
    if (run.statements().isEmpty()) {
      printer.line("Nothing to apply: another run applied these changes while this one waited for the lock.");
      return Outcome.SUCCESS;
    }
    printer.print(new HistoryReporter().renderRun(run, settings.format()));
    return Outcome.SUCCESS;
  }

  /** apply --plan FILE: exactly the reviewed statements, while the live tables still match. */
  private int applyReviewed() {
    Declarations declarations = DeclarationSource.load(settings, workingDir);
    ReviewedPlan reviewed = ReviewedPlan.read(settings.reviewedPlan());
    Planning planning = new Planning(settings, backend, backend.engine());
    printer.line("Applying reviewed plan " + settings.reviewedPlan() + " (" + reviewed.id() + "): "
        + reviewed.steps().size() + " statement" + (reviewed.steps().size() == 1 ? "" : "s") + ".");
    RunResult run = executor(ledger()).applyReviewed(reviewed, () -> planning.fingerprint(reviewed.tables()),
        context(declarations), () -> planning.plan(declarations).plan(), settings.preflight());
    printer.print(new HistoryReporter().renderRun(run, settings.format()));
    return Outcome.SUCCESS;
  }

  private int history() {
    var rows = backend.history(settings.historyTable()).recentRuns(settings.historyRuns());
    printer.print(new HistoryReporter().renderHistory(RunResult.fromHistory(rows), settings.format()));
    return Outcome.SUCCESS;
  }

  private void printPlan(Plan plan, String wholePlanAt) {
    printer.print(new PlanReporter(settings.output()).renderForOutput(plan, settings.format(), wholePlanAt));
  }

  /** The ledger, created if missing before the lock is taken. */
  private HistoryStore ledger() {
    HistoryStore history = backend.history(settings.historyTable());
    history.ensureExists();
    return history;
  }

  private Executor executor(HistoryStore history) {
    return new Executor(backend.sql(), history, backend.lock(settings.lockTable()), settings.lockLease(),
        settings.lockWait(), progress::println);
  }

  private RunContext context(Declarations declarations) {
    return new RunContext(UUID.randomUUID().toString(), Command.APPLY.cliName(), settings.target(),
        ToolVersion.current(), backend.currentUser(), settings.jobRunId(), declarations.checksum(), null);
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
