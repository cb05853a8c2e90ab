package dev.lakemigrate.diff;

import dev.lakemigrate.model.Table;
import java.util.List;

/**
 * (live, declared) → changes. Pure; never throws for "unsupported": it emits the change and the
 * classifier decides. Tables whose name starts with {@code _} are never touched.
 */
public final class Differ {
  /** @param dropUnmanaged emit DropTable for live tables no declaration names (configuration switch) */
  public Diff diff(List<Table> live, List<Table> declared, boolean dropUnmanaged) {
    throw new UnsupportedOperationException("not yet built");
  }
}
