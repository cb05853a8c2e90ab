package dev.lakemigrate.spark;

import java.util.Set;

/**
 * Recognises the exception Delta throws at the loser of a write race. Matched by class name along
 * the cause chain and class hierarchy, and by error condition, so it holds for open-source Delta
 * ({@code io.delta.exceptions.*}) and for Databricks' own classes of the same names.
 */
final class DeltaConflicts {
  private static final Set<String> CONFLICT_CLASSES = Set.of(
      "DeltaConcurrentModificationException",
      "ConcurrentWriteException",
      "ConcurrentAppendException",
      "ConcurrentDeleteReadException",
      "ConcurrentDeleteDeleteException",
      "ConcurrentTransactionException",
      "MetadataChangedException",
      "ProtocolChangedException");

  private DeltaConflicts() {}

  static boolean isConflict(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (CONFLICT_CLASSES.contains(c.getSimpleName())) return true;
      }
      String message = t.getMessage();
      if (message != null && message.startsWith("[DELTA_CONCURRENT_")) return true;
    }
    return false;
  }
}
