package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.TableName;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeltaLockIT {
  private static final Duration LONG_LEASE = Duration.ofMinutes(10);

  private static DeltaLock newLock() {
    return DeltaLock.inSchema(SparkTestSession.runner(), "spark_catalog", SparkTestSession.freshSchema());
  }

  /** Each thread uses its own lock object over the same table, as two processes would. */
  @Test
  void twoRunsRacingExactlyOneWinsAndTheOtherIsToldWho() throws Exception {
    DeltaLock first = newLock();
    TableName table = TableName.of("spark_catalog", tableSchema(first), DeltaLock.DEFAULT_TABLE);
    first.acquire("warm-up", LONG_LEASE, Duration.ZERO).close();
    DeltaLock second = new DeltaLock(SparkTestSession.runner(), table);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try {
      List<Future<Object>> outcomes = new ArrayList<>();
      outcomes.add(pool.submit(() -> race(first, "run-a", start)));
      outcomes.add(pool.submit(() -> race(second, "run-b", start)));
      Object a = outcomes.get(0).get();
      Object b = outcomes.get(1).get();

      List<Object> results = List.of(a, b);
      assertThat(results).filteredOn(r -> r instanceof Lock.Held).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof LakemigrateException).hasSize(1);
      String winner = a instanceof Lock.Held ? "run-a" : "run-b";
      LakemigrateException loser = (LakemigrateException) (a instanceof Lock.Held ? b : a);
      assertThat(loser.code()).isEqualTo(ErrorCode.LOCKED);
      assertThat(loser.getMessage()).startsWith("Cannot take the apply lock on " + table + ": run " + winner + " holds it until ")
          .endsWith(". Wait for that run to finish; if it crashed, its lease expires at that time and the next apply proceeds.");
      assertThat(first.holder().orElseThrow().runId()).isEqualTo(winner);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Object race(DeltaLock lock, String run, CyclicBarrier start) throws Exception {
    start.await();
    try {
      return lock.acquire(run, LONG_LEASE, Duration.ZERO);
    } catch (LakemigrateException e) {
      return e;
    }
  }

  /** A lock object whose clock runs {@code ahead}: the world as a run sees it that much later. */
  private static DeltaLock later(DeltaLock lock, Duration ahead) {
    return new DeltaLock(SparkTestSession.runner(), lock.table(), Clock.offset(Clock.systemUTC(), ahead));
  }

  @Test
  void anExpiredLeaseLetsTheNextRunIn() {
    DeltaLock lock = newLock();
    lock.acquire("crashed-run", LONG_LEASE, Duration.ZERO); // never released

    assertThatThrownBy(() -> lock.acquire("next-run", LONG_LEASE, Duration.ZERO))
        .isInstanceOf(LakemigrateException.class)
        .hasMessageContaining("run crashed-run holds it until ");
    DeltaLock afterTheLease = later(lock, LONG_LEASE.plusMinutes(1));
    try (Lock.Held held = afterTheLease.acquire("next-run", LONG_LEASE, Duration.ZERO)) {
      assertThat(lock.holder().orElseThrow().runId()).isEqualTo("next-run");
      held.renew();
    }
    assertThat(lock.holder().orElseThrow().runId()).isNull();
  }

  @Test
  void aWaitingRunGetsTheLockOnceTheHolderReleasesIt() throws Exception {
    DeltaLock lock = newLock();
    Lock.Held first = lock.acquire("run-1", LONG_LEASE, Duration.ZERO);
    Thread releaser = new Thread(() -> {
      sleep(1500);
      first.close();
    });
    releaser.start();

    try (Lock.Held second = lock.acquire("run-2", LONG_LEASE, Duration.ofSeconds(90))) {
      assertThat(lock.holder().orElseThrow().runId()).isEqualTo("run-2");
    }
    releaser.join();
  }

  @Test
  void renewDetectsALeaseThatRanOutAndReleaseLeavesTheNewHolderAlone() {
    DeltaLock lock = newLock();
    Lock.Held taken = lock.acquire("run-2", LONG_LEASE, Duration.ZERO);
    Lock.Held thief = later(lock, LONG_LEASE.plusMinutes(1)).acquire("run-3", LONG_LEASE, Duration.ZERO);

    assertThatThrownBy(taken::renew)
        .isInstanceOf(LakemigrateException.class)
        .hasMessage("Cannot renew the apply lock spark_catalog." + tableSchema(lock) + "._lakemigrate_lock for run"
            + " run-2: run run-3 holds it now (the lease expired). Run again; the plan is recomputed from the live state.");
    taken.close();
    assertThat(lock.holder().orElseThrow().runId()).isEqualTo("run-3");
    thief.close();
    assertThat(lock.holder().orElseThrow().runId()).isNull();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tableSchema(DeltaLock lock) {
    return lock.table().schema();
  }
}
