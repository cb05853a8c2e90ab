package dev.lakemigrate.error;

import java.util.List;

/**
 * Every user-facing message of one stage: apply, history ledger, lock and reviewed plans. Messages say what is wrong, where,
 * and how to fix it ({@code Cannot <verb> <object>: <detail>. <Fix>.}); tests assert their exact text.
 */
public final class ApplyErrors {
  private ApplyErrors() {}

  /** A blocked plan reached apply: nothing runs; every blocker is listed. */
  public static LakemigrateException planRefused(java.util.List<String> blockers) {
    return new LakemigrateException(ErrorCode.PLAN_REFUSED,
        "Cannot apply plan: it is refused for " + pluralise(blockers.size(), "reason") + " and nothing was executed."
            + " Fix each problem below (or pass --allow-destructive where a destructive change is intended), then plan again.",
        blockers, null);
  }

  /** Another run holds the apply lock of this ledger. */
  public static LakemigrateException locked(String ledger, String holderRunId, java.time.Instant leaseExpiry) {
    return new LakemigrateException(ErrorCode.LOCKED,
        "Cannot take the apply lock on " + ledger + ": run " + holderRunId + " holds it until " + leaseExpiry + ". "
            + "Wait for that run to finish; if it crashed, its lease expires at that time and the next apply proceeds.");
  }

  /** A statement failed; earlier ones are applied and recorded, later ones untouched. */
  public static LakemigrateException applyFailed(int index, int total, String table, String error, Throwable cause) {
    String done = index > 1 ? "statements 1-" + (index - 1) + " are applied and recorded in the ledger" : "nothing was applied";
    return new LakemigrateException(ErrorCode.APPLY_FAILED,
        "Cannot apply statement " + index + " of " + total + " on " + table + ": " + flattenLines(error) + ". "
            + "Fix the cause and run apply again: " + done + ", and the next plan starts from the live state.",
        java.util.List.of(), cause);
  }

  /** The re-plan after the last statement still found changes. */
  public static LakemigrateException notConverged(java.util.List<String> leftovers) {
    return new LakemigrateException(ErrorCode.NOT_CONVERGED,
        "Cannot confirm apply: the live tables still differ from the declarations after every statement ran"
            + " (" + pluralise(leftovers.size(), "change") + " left over). Run plan to see them; if they persist,"
            + " report a bug with the plan output.",
        leftovers, null);
  }

  /** The live state of a table changed between `plan --out` and `apply --plan`. */
  public static LakemigrateException reviewedPlanStale(String planFile, String tables) {
    return new LakemigrateException(ErrorCode.REVIEWED_PLAN_STALE,
        "Cannot apply reviewed plan " + planFile + ": live state of " + tables
            + " changed since the plan was made. Run plan again and review the new plan.");
  }

  /** The reviewed-plan file's content no longer matches the id it was written with. */
  public static LakemigrateException reviewedPlanEdited(String planFile, String id) {
    return new LakemigrateException(ErrorCode.REVIEWED_PLAN_STALE,
        "Cannot apply reviewed plan " + planFile + ": its statements do not match its id " + id
            + ", so it was edited after it was written. Run plan --out again and review the new file.");
  }

  /** The reviewed-plan file cannot be read as one. */
  public static LakemigrateException reviewedPlanUnreadable(String planFile, String detail, Throwable cause) {
    return new LakemigrateException(ErrorCode.USAGE,
        "Cannot read reviewed plan " + planFile + ": " + flattenLines(detail) + ". Pass a file written by plan --out.",
        java.util.List.of(), cause);
  }

  private static String pluralise(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String flattenLines(String text) {
    String t = text == null ? "unknown error" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
