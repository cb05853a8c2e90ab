package dev.lakemigrate.plan;

import dev.lakemigrate.diff.Diff;

/** Classifies, orders, batches and renders a diff into a plan for one engine. Pure. */
public final class Planner {
  public Plan plan(Diff diff, Engine engine, PlanOptions options) {
    throw new UnsupportedOperationException("not yet built");
  }
}
