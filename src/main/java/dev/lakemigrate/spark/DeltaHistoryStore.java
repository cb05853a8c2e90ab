package dev.lakemigrate.spark;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.TableName;
import java.util.List;

/** STAND-IN: replaced by the real store at merge. */
public final class DeltaHistoryStore implements HistoryStore {
  public DeltaHistoryStore(SqlRunner sql, TableName table) {}

  @Override
  public void ensureExists() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void recordPending(HistoryEntry entry) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void recordOutcome(HistoryEntry entry) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public List<HistoryEntry> recentRuns(int runs) {
    throw new UnsupportedOperationException("stand-in");
  }
}
