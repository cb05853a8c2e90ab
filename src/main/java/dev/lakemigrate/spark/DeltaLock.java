package dev.lakemigrate.spark;

import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.TableName;
import java.time.Duration;

/** STAND-IN: replaced by the real lock at merge. */
public final class DeltaLock implements Lock {
  public DeltaLock(SqlRunner sql, TableName table) {}

  @Override
  public Held acquire(String runId, Duration lease, Duration wait) {
    throw new UnsupportedOperationException("stand-in");
  }
}
