package dev.lakemigrate.apply;

import java.time.Duration;

/**
 * One apply at a time per ledger, across processes and clusters. A holder's lease expires so a
 * crashed run does not block forever; the loser of a race gets a LOCKED error naming the holder.
 */
public interface Lock {
  /**
   * Takes the lock for {@code runId}, waiting up to {@code wait} for a live holder to release it.
   *
   * @throws dev.lakemigrate.error.LakemigrateException LOCKED, naming the run that holds it
   */
  Held acquire(String runId, Duration lease, Duration wait);

  /** A held lock; closing it releases it. */
  interface Held extends AutoCloseable {
    /** Extends the lease (call between statements of a long run). */
    void renew();

    @Override
    void close();
  }
}
