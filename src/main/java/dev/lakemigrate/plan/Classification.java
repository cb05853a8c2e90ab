package dev.lakemigrate.plan;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one change: its risk, a stable code (documented in docs/codes.md), a message that
 * says what and why, a fix (null for safe changes that need none), and the Delta table features the
 * change enables (each an irreversible protocol upgrade).
 */
public record Classification(Risk risk, String code, String message, String fix, List<String> enabledFeatures) {
  public Classification {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    enabledFeatures = List.copyOf(enabledFeatures);
  }
}
