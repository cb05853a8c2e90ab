package dev.lakemigrate.error;

import dev.lakemigrate.plan.PreflightCheck;
import java.util.List;

/**
 * Messages of the pre-flight data checks: counts of rows a change would fail on, checked before the
 * first DDL of a run ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class PreflightErrors {
  private PreflightErrors() {}

  /** One failed check, as a plan blocker and as a problem of {@link #failed}. */
  public static String failedCheck(PreflightCheck c) {
    String where = c.column() == null ? c.table().toString() : c.table() + " column " + c.column();
    return "Cannot " + verb(c.kind()) + " on " + where + ": pre-flight found " + c.violations() + " " + c.subject()
        + ". " + fix(c.kind()) + ".";
  }

  /** A check whose query could not run: treated as failed, since nothing proves the data fits. */
  public static String checkNotRun(PreflightCheck c, String error) {
    return "Cannot run pre-flight check on " + c.table() + ": counting " + c.subject() + " failed: " + oneLine(error)
        + ". Fix the declaration, or pass --no-preflight to let the engine refuse the statement itself.";
  }

  /** Apply stops before its first statement: every failed check is listed. */
  public static LakemigrateException failed(List<String> problems) {
    return new LakemigrateException(ErrorCode.PREFLIGHT_FAILED,
        "Cannot apply plan: " + problems.size() + " pre-flight data check" + (problems.size() == 1 ? "" : "s")
            + " failed and nothing was executed (every table is at its previous version)."
            + " Fix the data or the declarations below, then run again.",
        problems, null);
  }

  private static String verb(PreflightCheck.Kind kind) {
    return switch (kind) {
      case NULLS -> "set NOT NULL";
      case BACKFILL_NULLS -> "add NOT NULL column";
      case CHECK_VIOLATIONS -> "add CHECK constraint";
      case FAILED_CASTS -> "change type";
    };
  }

  private static String fix(PreflightCheck.Kind kind) {
    return switch (kind) {
      case NULLS -> "Update or delete those rows first, or declare the column nullable";
      case BACKFILL_NULLS -> "Declare a backfill expression that yields a value for every row";
      case CHECK_VIOLATIONS -> "Fix or delete the violating rows first, or change the CHECK expression";
      case FAILED_CASTS -> "Clean those values first, or keep the current type";
    };
  }

  private static String oneLine(String text) {
    String t = text == null ? "unknown error" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
