package dev.lakemigrate.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SqlRunner} over a real one (Spark in the integration tests) that records every statement
 * and can inject two faults at the k-th {@code execute} (1-based): {@link #failAt} makes it throw as
 * the engine would, without running it; {@link #crashAfter} runs it and then throws an {@link Error}
 * that nothing in lakemigrate catches, as a driver dying between the statement and its ledger update
 * would (the ledger row stays PENDING). Queries pass through.
 */
public final class FaultySqlRunner implements SqlRunner {
  /** The simulated death of the driver. */
  public static final class Crash extends Error {
    Crash(int k) {
      super("simulated crash after statement " + k, null, false, false);
    }
  }

  private final SqlRunner delegate;
  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
  private int calls;
  private String refused;
  private String crashed;
  private int failAt;
  private int crashAfter;

  public FaultySqlRunner(SqlRunner delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  public FaultySqlRunner failAt(int k) {
    this.failAt = k;
    return this;
  }

  public FaultySqlRunner crashAfter(int k) {
    this.crashAfter = k;
    return this;
  }

  @Override
  public synchronized void execute(String sql) {
    calls++;
    if (calls == failAt) {
      refused = sql;
      throw new IllegalStateException("[INJECTED_FAILURE] statement " + calls + " refused by the test");
    }
    delegate.execute(sql);
    executed.add(sql);
    if (calls == crashAfter) {
      crashed = sql;
      throw new Crash(calls);
    }
  }

  @Override
  public List<Map<String, Object>> query(String sql) {
    return delegate.query(sql);
  }

  /** The statements that ran, in order. */
  public List<String> executed() {
    return List.copyOf(executed);
  }

  /** The statement refused by {@link #failAt}, or null. */
  public synchronized String refused() {
    return refused;
  }

  /** The statement after which {@link #crashAfter} crashed, or null. */
  public synchronized String crashed() {
    return crashed;
  }

  public synchronized int calls() {
    return calls;
  }
}
