package dev.lakemigrate.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link HistoryStore} in memory. Keeps rows in insertion order, updates by (runId,
 * statementIndex) as the ledger does, and remembers every write so tests can check the order of
 * pending and outcome writes. Refuses writes before {@link #ensureExists()}, and outcomes for rows
 * never written.
 */
public final class InMemoryHistoryStore implements HistoryStore {
  private final Map<String, HistoryEntry> rows = new LinkedHashMap<>();
  private final List<String> writes = new ArrayList<>();
  private boolean exists;

  @Override
  public void ensureExists() {
    exists = true;
  }

  @Override
  public void recordPending(HistoryEntry entry) {
    requireExists();
    if (rows.putIfAbsent(key(entry), entry) != null) throw new IllegalStateException("row written twice: " + key(entry));
    writes.add("insert " + entry.statementIndex() + " " + entry.status());
  }

  @Override
  public void recordOutcome(HistoryEntry entry) {
    requireExists();
    if (!rows.containsKey(key(entry))) throw new IllegalStateException("no row to update: " + key(entry));
    rows.put(key(entry), entry);
    writes.add("update " + entry.statementIndex() + " " + entry.status());
  }

  @Override
  public List<HistoryEntry> recentRuns(int runs) {
    List<String> runIds = rows.values().stream().map(HistoryEntry::runId).distinct().toList();
    List<String> newestFirst = new ArrayList<>(runIds);
    java.util.Collections.reverse(newestFirst);
    List<String> wanted = newestFirst.subList(0, Math.min(runs, newestFirst.size()));
    return wanted.stream()
        .flatMap(id -> rows.values().stream().filter(r -> r.runId().equals(id))
            .sorted(Comparator.comparingInt(HistoryEntry::statementIndex)))
        .toList();
  }

  /** Every row, in the order first written. */
  public List<HistoryEntry> rows() {
    return List.copyOf(rows.values());
  }

  /** {@code insert 1 PENDING}, {@code update 1 APPLIED}, … in the order they happened. */
  public List<String> writes() {
    return List.copyOf(writes);
  }

  public boolean exists() {
    return exists;
  }

  private void requireExists() {
    if (!exists) throw new IllegalStateException("ledger written before ensureExists()");
  }

  private static String key(HistoryEntry e) {
    return e.runId() + "#" + e.statementIndex();
  }
}
