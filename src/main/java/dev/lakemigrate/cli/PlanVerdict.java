package dev.lakemigrate.cli;

import dev.lakemigrate.error.ApplyErrors;
import dev.lakemigrate.error.CliErrors;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import java.util.List;

/**
 * What a plan means for the exit code: a refused plan fails (1); with --fail-on-drift any change
 * fails, naming each drifted table and change; with --detailed-exitcode pending changes exit 2.
 */
final class PlanVerdict {
  private PlanVerdict() {}

  static int of(Plan plan, boolean failOnDrift, boolean detailedExitcode) {
    if (failOnDrift && !plan.inSync()) {
      List<String> drifted = plan.changes().stream().map(PlanVerdict::describe).toList();
      throw CliErrors.drift(plan.tables().size(), drifted);
    }
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    return detailedExitcode && !plan.inSync() ? Outcome.PENDING : Outcome.SUCCESS;
  }

  /** {@code main.sales.users: <classification message> [code]}; the table once, even if the message names it. */
  static String describe(PlannedChange change) {
    String table = change.change().table().toString();
    String message = change.classification().message();
    return (message.contains(table) ? message : table + ": " + message) + " [" + change.classification().code() + "]";
  }
}
