package dev.lakemigrate.report;

/**
 * When a plan is too long for job output (Databricks keeps 20 MB of a run's output): above
 * {@code maxStatements} statements or {@code maxBytes} bytes of rendered report, the output is a
 * summary with per-table counts and the first {@code firstStatements} statements; the whole plan is
 * in the ledger or the file the user named.
 */
public record OutputLimits(int maxStatements, long maxBytes, int firstStatements) {
  public static final OutputLimits DEFAULT = new OutputLimits(200, 1_000_000, 50);

  public OutputLimits {
    if (maxStatements < 0 || maxBytes < 0 || firstStatements < 0) {
      throw new IllegalArgumentException("output limits must not be negative");
    }
  }
}
