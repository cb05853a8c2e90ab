package dev.lakemigrate.model;

import java.util.Objects;

/**
 * ANSI interval types: {@code INTERVAL YEAR TO MONTH}, {@code INTERVAL DAY TO SECOND} and their
 * single-field forms ({@code INTERVAL DAY}); {@code end == start} for a single field.
 */
public record IntervalType(Field start, Field end) implements DataType {
  public enum Field { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND }

  public IntervalType {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    boolean yearMonth = start.ordinal() <= Field.MONTH.ordinal();
    boolean endYearMonth = end.ordinal() <= Field.MONTH.ordinal();
    if (yearMonth != endYearMonth || end.ordinal() < start.ordinal()) {
      throw new IllegalArgumentException("INTERVAL " + start + " TO " + end + " is not a valid interval");
    }
  }

  @Override
  public String toSql() {
    return start == end ? "INTERVAL " + start : "INTERVAL " + start + " TO " + end;
  }
}
