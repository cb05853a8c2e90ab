package dev.lakemigrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Issue 6, part 5, suite-wide: registered for every test class (JUnit extension autodetection,
 * {@code META-INF/services}), it fails the class after which lakemigrate's code had run a drop,
 * rebuild swap or data rewrite of a user table without the explicit opt-in. Sees every statement
 * the shared Spark session parsed ({@link AuditLog}).
 */
public final class DestructiveSafetyExtension implements AfterAllCallback {
  private static int checked;

  @Override
  public void afterAll(ExtensionContext context) {
    List<AuditLog.Statement> all = AuditLog.statements();
    List<AuditLog.Statement> fresh = all.subList(Math.min(checked, all.size()), all.size());
    checked = all.size();
    assertThat(fresh.stream().filter(s -> s.fromLakemigrate() && !s.optedIn() && AuditLog.destructive(s.sql())).toList())
        .as("destructive statements lakemigrate ran without the opt-in during " + context.getDisplayName())
        .isEmpty();
    classes++;
    if (!all.isEmpty()) report(all);
  }

  private static int classes;

  /** The suite so far: the last test class of a run leaves the whole run's figures. */
  private static void report(List<AuditLog.Statement> all) {
    long ours = all.stream().filter(AuditLog.Statement::fromLakemigrate).count();
    long destructive = all.stream().filter(s -> s.fromLakemigrate() && AuditLog.destructive(s.sql())).count();
    long optedIn = all.stream().filter(s -> s.fromLakemigrate() && s.optedIn() && AuditLog.destructive(s.sql())).count();
    long tests = all.stream().filter(s -> !s.fromLakemigrate()).count();
    ReliabilityReport.write("5-destructive-safety", "5. Destructive safety", "DestructiveSafetyExtension (every test class) and DestructiveSafetyIT", List.of(
        "| statements parsed by the shared Spark session in this run | count |",
        "|---|---|",
        "| all | " + all.size() + " |",
        "| issued by lakemigrate's code | " + ours + " |",
        "| issued by test set-up | " + tests + " |",
        "| lakemigrate's drops, rebuild swaps, data rewrites of user tables | " + destructive + " |",
        "| … of which with the explicit opt-in | " + optedIn + " |",
        "| … without it (the extension fails the test class) | " + (destructive - optedIn) + " |",
        "",
        "Checked after each of " + classes + " test classes. A parser wrapper (`spark.StatementAudit`, a Spark session extension"
            + " of the test session) records every SQL text on the caller's thread; statements on lakemigrate's own ledger and lock"
            + " (`_lakemigrate_*`) are bookkeeping, not counted as destructive."));
  }
}
