package dev.lakemigrate.error;

import java.util.List;

/** Messages for runs that meet each other on one ledger (issue 6). */
public final class ConcurrencyErrors {
  private ConcurrencyErrors() {}

  /** Under the lock, the live tables no longer give the plan this run printed. */
  public static LakemigrateException planChangedBeforeLock(List<String> nowPlanned) {
    return new LakemigrateException(ErrorCode.REVIEWED_PLAN_STALE,
        "Cannot apply the plan: the live tables changed between planning and taking the lock (another run or"
            + " a user altered them); it now has " + nowPlanned.size() + " statement" + (nowPlanned.size() == 1 ? "" : "s")
            + ". Run plan again, review it, then apply",
        nowPlanned, null);
  }
}
