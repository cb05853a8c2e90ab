package dev.lakemigrate.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Stands in front of every catalog round trip of a reader: counts it and, to simulate a remote
 * catalog (Unity Catalog over the network), delays it by a fixed latency.
 */
final class CatalogCalls implements Consumer<String> {
  private final long latencyMs;
  private final AtomicLong count = new AtomicLong();

  CatalogCalls(long latencyMs) {
    this.latencyMs = latencyMs;
  }

  @Override
  public void accept(String kind) {
    count.incrementAndGet();
    if (latencyMs <= 0) return;
    try {
      Thread.sleep(latencyMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during simulated latency", e);
    }
  }

  long count() {
    return count.get();
  }
}
