package dev.lakemigrate.apply;

import dev.lakemigrate.error.ApplyErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Lock} in memory with real lease semantics against a {@link Clock}: a live holder makes
 * {@link #acquire} fail with LOCKED naming it (without waiting: tests advance the clock instead); an
 * expired lease is taken over. Records acquisitions, renewals and releases.
 */
public final class InMemoryLock implements Lock {
  private final Clock clock;
  private final List<String> events = new ArrayList<>();
  private String holder;
  private Instant expiry;
  private Duration lastLease;
  private Duration lastWait;

  public InMemoryLock(Clock clock) {
    this.clock = clock;
  }

  public InMemoryLock() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized Held acquire(String runId, Duration lease, Duration wait) {
    Instant now = clock.instant();
    if (holder != null && now.isBefore(expiry)) throw ApplyErrors.locked("memory", holder, expiry);
    holder = runId;
    expiry = now.plus(lease);
    lastLease = lease;
    lastWait = wait;
    events.add("acquire " + runId);
    return new Held() {
      @Override
      public void renew() {
        synchronized (InMemoryLock.this) {
          if (!runId.equals(holder)) throw new IllegalStateException("renew by " + runId + " after losing the lock");
          if (!clock.instant().isBefore(expiry)) throw new IllegalStateException("renew by " + runId + " after its lease expired");
          expiry = clock.instant().plus(lease);
          events.add("renew " + runId);
        }
      }

      @Override
      public void close() {
        synchronized (InMemoryLock.this) {
          if (runId.equals(holder)) holder = null;
          events.add("release " + runId);
        }
      }
    };
  }

  public synchronized boolean isHeld() {
    return holder != null && clock.instant().isBefore(expiry);
  }

  /** {@code acquire r1}, {@code renew r1}, {@code release r1}, … */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  public synchronized Duration lastLease() {
    return lastLease;
  }

  public synchronized Duration lastWait() {
    return lastWait;
  }
}
