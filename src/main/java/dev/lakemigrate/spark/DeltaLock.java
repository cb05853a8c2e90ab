package dev.lakemigrate.spark;

import dev.lakemigrate.error.ApplyErrors;
import dev.lakemigrate.error.EdgeErrors;
import static dev.lakemigrate.model.Sql.quoteIdent;

import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.TableName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One apply at a time per ledger, on Delta's optimistic concurrency. The lock is the single row of a
 * small Delta table (default {@code <catalog>.<schema>._lakemigrate_lock}). Taking it is a conditional
 * UPDATE of that row — "set holder to me where nobody holds it, or the lease expired, or I hold it".
 * Two runs racing both read the row's file and both rewrite it; Delta commits one and fails the other
 * with a concurrent-modification conflict. Whatever happened, the row is then read back: the lock is
 * held only if it names this run. A holder that crashes stops renewing, and its lease runs out.
 */
public final class DeltaLock implements Lock {
  public static final String DEFAULT_TABLE = "_lakemigrate_lock";
  static final String LOCK_NAME = "apply";
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
  private static final int RELEASE_ATTEMPTS = 5;
  private static final int QUICK_RETRIES = 5;

  private final SqlRunner sql;
  private final TableName table;
  private final Clock clock;
  private volatile boolean tableReady;

  public DeltaLock(SqlRunner sql, TableName table) {
    this(sql, table, Clock.systemUTC());
  }

  public DeltaLock(SqlRunner sql, TableName table, Clock clock) {
    this.sql = Objects.requireNonNull(sql, "sql");
    this.table = Objects.requireNonNull(table, "table");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The lock at the default name in {@code catalog.schema}. */
  public static DeltaLock inSchema(SqlRunner sql, String catalog, String schema) {
    return new DeltaLock(sql, TableName.of(catalog, schema, DEFAULT_TABLE));
  }

  public TableName table() {
    return table;
  }

  /** Who holds the lock: run id and lease expiry. */
  record Holder(String runId, Instant expiresAt) {}

  @Override
  public Held acquire(String runId, Duration lease, Duration wait) {
    ensureTable();
    Instant deadline = clock.instant().plus(wait);
    Duration backoff = FIRST_BACKOFF;
    int quickRetries = 0;
    while (true) {
      tryTake(runId, lease);
      Optional<Holder> holder = holder();
      if (holder.isEmpty() && quickRetries++ < QUICK_RETRIES) {
        seedRow();
        continue;
      }
      if (holder.isPresent() && runId.equals(holder.get().runId())) return new HeldLock(runId, lease);
      if (holder.isPresent() && holder.get().runId() == null && quickRetries++ < QUICK_RETRIES) {
        continue; // our write lost to a release: the lock is free now, try again at once
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        Holder h = holder.orElse(new Holder(null, null));
        throw ApplyErrors.locked(table.toString(), h.runId() == null ? "(none)" : h.runId(), h.expiresAt());
      }
      sleep(backoff.compareTo(left) < 0 ? backoff : left);
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) < 0 ? backoff.multipliedBy(2) : MAX_BACKOFF;
    }
  }

  /** The conditional write; losing a race to another run is not an error here (the read decides). */
  private void tryTake(String runId, Duration lease) {
    Instant now = clock.instant();
    String run = SqlLiterals.string(runId);
    try {
      sql.execute("UPDATE " + table.toSql() + " SET "
          + quoteIdent("run_id") + " = " + run + ", "
          + quoteIdent("acquired_at") + " = " + SqlLiterals.timestamp(now) + ", "
          + quoteIdent("expires_at") + " = " + SqlLiterals.timestamp(now.plus(lease))
          + " WHERE " + isLockRow() + " AND (" + quoteIdent("run_id") + " IS NULL OR "
          + quoteIdent("expires_at") + " < " + SqlLiterals.timestamp(now) + " OR "
          + quoteIdent("run_id") + " = " + run + ")");
    } catch (RuntimeException e) {
      if (!DeltaConflicts.isConflict(e)) throw e;
    }
  }

  Optional<Holder> holder() {
    List<Map<String, Object>> rows = sql.query("SELECT " + quoteIdent("run_id") + ", " + quoteIdent("expires_at")
        + " FROM " + table.toSql() + " WHERE " + isLockRow());
    if (rows.isEmpty()) return Optional.empty();
    Map<String, Object> row = rows.get(0);
    return Optional.of(new Holder((String) row.get("run_id"), (Instant) row.get("expires_at")));
  }

  private void ensureTable() {
    if (tableReady) return;
    LedgerTables.ensureSchema(sql, table);
    try {
      sql.execute("CREATE TABLE IF NOT EXISTS " + table.toSql() + " USING DELTA AS SELECT "
          + SqlLiterals.string(LOCK_NAME) + " AS " + quoteIdent("lock_name") + ", "
          + SqlLiterals.string(null) + " AS " + quoteIdent("run_id") + ", "
          + SqlLiterals.timestamp(null) + " AS " + quoteIdent("acquired_at") + ", "
          + SqlLiterals.timestamp(null) + " AS " + quoteIdent("expires_at"));
    } catch (RuntimeException e) {
      try {
        holder(); // another run created it at the same moment: fine if it can be read now
      } catch (RuntimeException unreadable) {
        e.addSuppressed(unreadable);
        throw e;
      }
    }
    tableReady = true;
  }

  /** Puts the lock row back if someone deleted it. */
  private void seedRow() {
    try {
      sql.execute("MERGE INTO " + table.toSql() + " t USING (SELECT " + SqlLiterals.string(LOCK_NAME)
          + " AS " + quoteIdent("lock_name") + ") s ON t." + quoteIdent("lock_name") + " = s." + quoteIdent("lock_name")
          + " WHEN NOT MATCHED THEN INSERT (" + quoteIdent("lock_name") + ") VALUES (s." + quoteIdent("lock_name") + ")");
    } catch (RuntimeException e) {
      if (!DeltaConflicts.isConflict(e)) throw e;
    }
  }

  private static String isLockRow() {
    return quoteIdent("lock_name") + " = " + SqlLiterals.string(LOCK_NAME);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the apply lock", e);
    }
  }

  /** The lock while this run holds it. */
  private final class HeldLock implements Held {
    private final String runId;
    private final Duration lease;

    HeldLock(String runId, Duration lease) {
      this.runId = runId;
      this.lease = lease;
    }

    @Override
    public void renew() {
      Instant now = clock.instant();
      retryOnConflict("UPDATE " + table.toSql() + " SET " + quoteIdent("expires_at") + " = "
          + SqlLiterals.timestamp(now.plus(lease)) + " WHERE " + isLockRow() + " AND " + heldByMe());
      Optional<Holder> holder = holder();
      if (holder.isEmpty() || !runId.equals(holder.get().runId())) {
        throw EdgeErrors.lockLost(table.toString(), runId, holder.map(Holder::runId).orElse(null));
      }
    }

    @Override
    public void close() {
      retryOnConflict("UPDATE " + table.toSql() + " SET " + quoteIdent("run_id") + " = NULL, "
          + quoteIdent("acquired_at") + " = NULL, " + quoteIdent("expires_at") + " = NULL WHERE "
          + isLockRow() + " AND " + heldByMe());
    }

    private String heldByMe() {
      return quoteIdent("run_id") + " = " + SqlLiterals.string(runId);
    }

    /** A racing acquirer can make our own write conflict; the condition keeps a retry safe. */
    private void retryOnConflict(String statement) {
      for (int attempt = 1; ; attempt++) {
        try {
          sql.execute(statement);
          return;
        } catch (RuntimeException e) {
          if (!DeltaConflicts.isConflict(e) || attempt >= RELEASE_ATTEMPTS) throw e;
          sleep(FIRST_BACKOFF.multipliedBy(attempt));
        }
      }
    }
  }
}
