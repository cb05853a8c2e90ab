package dev.lakemigrate.error;

/**
 * Messages about applies that meet each other or leftovers of an earlier run: a plan made before the
 * lock was taken that another run changed, and what a failed CREATE TABLE left on disk.
 */
public final class ConcurrentApplyErrors {
  private ConcurrentApplyErrors() {}

  /** Progress line: the plan made before the lock differs from the plan made under it. */
  public static String replannedUnderLock(int planned, int now) {
    return "The live tables changed between planning and taking the apply lock (another run applied first):"
        + " re-planned under the lock, " + now + " statement" + (now == 1 ? "" : "s") + " to run instead of the "
        + planned + " planned.";
  }
}
