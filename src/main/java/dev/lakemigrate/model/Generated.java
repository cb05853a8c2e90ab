package dev.lakemigrate.model;

import java.util.Objects;

/** How a column's value is produced by Delta: an identity sequence or a generation expression. */
public sealed interface Generated permits Generated.Identity, Generated.Expression {

  /** The text after {@code GENERATED} in a column definition. */
  String toSql();

  /**
   * {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(START WITH n INCREMENT BY m)]}; start and step
   * are null when not declared (Delta's defaults are 1 and 1).
   */
  record Identity(boolean always, Long start, Long step) implements Generated {
    /** Delta's START WITH and INCREMENT BY when a declaration leaves them out. */
    public static final long DEFAULT_START = 1;
    public static final long DEFAULT_STEP = 1;

    /**
     * The same identity with Delta's defaults filled in: a live identity read as (1, 1) and a
     * declaration that leaves start and step out are the same sequence.
     */
    public Identity canonical() {
      return new Identity(always, start == null ? DEFAULT_START : start, step == null ? DEFAULT_STEP : step);
    }

    @Override
    public String toSql() {
      String head = always ? "ALWAYS AS IDENTITY" : "BY DEFAULT AS IDENTITY";
      if (start == null && step == null) return head;
      StringBuilder options = new StringBuilder(" (");
      if (start != null) options.append("START WITH ").append(start);
      if (start != null && step != null) options.append(' ');
      if (step != null) options.append("INCREMENT BY ").append(step);
      return head + options.append(')');
    }
  }

  /** {@code GENERATED ALWAYS AS (expression)}. */
  record Expression(String expression) implements Generated {
    public Expression {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String toSql() {
      return "ALWAYS AS (" + expression + ")";
    }
  }
}
