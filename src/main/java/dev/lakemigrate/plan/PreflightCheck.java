package dev.lakemigrate.plan;

import dev.lakemigrate.model.TableName;
import java.util.Locale;
import java.util.Objects;

/**
 * A data check that must pass before the first DDL of a run: a query counting the rows a change
 * would fail on. {@code violations} is null until the check ran ({@code plan --no-preflight}, or a
 * plan made without an engine); zero means the check passed.
 *
 * @param column the column or field path the check is about (null for a CHECK constraint on the table)
 * @param subject what is counted, for messages ({@code NULLs in column email}, …)
 * @param sql a query returning one row with one count column {@code n}
 */
public record PreflightCheck(TableName table, String column, Kind kind, String subject, String sql, Long violations) {
  /** What a check counts; {@link #label()} is its stable name in JSON reports and reviewed plans. */
  public enum Kind {
    /** Tightening to NOT NULL: rows whose value is NULL. */
    NULLS,
    /** A NOT NULL column added with a backfill: rows the backfill leaves NULL. */
    BACKFILL_NULLS,
    /** Adding a CHECK: rows for which the expression is false or NULL (Delta's ADD CONSTRAINT refuses both). */
    CHECK_VIOLATIONS,
    /** A rewrite with a cast: non-NULL values that would not cast. */
    FAILED_CASTS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public PreflightCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sql, "sql");
  }

  public boolean ran() {
    return violations != null;
  }

  public boolean failed() {
    return violations != null && violations > 0;
  }

  public PreflightCheck withViolations(long count) {
    return new PreflightCheck(table, column, kind, subject, sql, count);
  }
}
