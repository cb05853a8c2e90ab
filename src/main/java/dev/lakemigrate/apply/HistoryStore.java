package dev.lakemigrate.apply;

import java.util.List;

/** The history ledger (a Delta table on the Spark edge; in memory in unit tests). */
public interface HistoryStore {
  /** Creates the ledger if it does not exist. */
  void ensureExists();

  /**
   * Inserts a row with the entry's status as given: {@code PENDING} for a statement about to run;
   * the executor also writes a statement the engine cannot run here, once, as {@code SKIPPED} (its
   * reason in {@code error}), so an implementation must store {@code entry.status()}, not assume it.
   */
  void recordPending(HistoryEntry entry);

  /** Updates the row with the same (runId, statementIndex) to its outcome. */
  void recordOutcome(HistoryEntry entry);

  /** The rows of the most recent {@code runs} runs, newest run first, statements in order. */
  List<HistoryEntry> recentRuns(int runs);
}
