package dev.lakemigrate.apply;

import java.util.List;

/** The history ledger (a Delta table on the Spark edge; in memory in unit tests). */
public interface HistoryStore {
  /** Creates the ledger if it does not exist. */
  void ensureExists();

  /** Writes a row for a statement about to run ({@code PENDING}). */
  void recordPending(HistoryEntry entry);

  /** Updates the row with the same (runId, statementIndex) to its outcome. */
  void recordOutcome(HistoryEntry entry);

  /** The rows of the most recent {@code runs} runs, newest run first, statements in order. */
  List<HistoryEntry> recentRuns(int runs);
}
