package dev.lakemigrate.model;

import java.util.Locale;
import java.util.Objects;

/** An enforced CHECK constraint. Delta stores constraint names in lower case; so does the model. */
public record CheckConstraint(String name, String expression) {
  public CheckConstraint {
    name = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(expression, "expression");
  }
}
