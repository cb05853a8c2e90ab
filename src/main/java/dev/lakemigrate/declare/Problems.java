package dev.lakemigrate.declare;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.Errors;
import dev.lakemigrate.error.LakemigrateException;
import java.util.ArrayList;
import java.util.List;

/** Every problem found while loading, in the order found; thrown together at the end. */
final class Problems {
  private final List<String> messages = new ArrayList<>();

  void add(String message) {
    messages.add(message);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  int size() {
    return messages.size();
  }

  void throwIfAny() {
    if (messages.isEmpty()) return;
    throw new LakemigrateException(ErrorCode.INVALID_DECLARATIONS,
        Errors.cannotLoadDeclarations(messages.size()), messages, null);
  }
}
