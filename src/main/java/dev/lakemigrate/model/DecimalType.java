package dev.lakemigrate.model;

/** DECIMAL(p,s), 1 ≤ p ≤ 38, 0 ≤ s ≤ p. A bare DECIMAL is DECIMAL(10,0). */
public record DecimalType(int precision, int scale) implements DataType {
  public static final int MAX_PRECISION = 38;

  public DecimalType {
    if (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision) {
      throw new IllegalArgumentException(
          "DECIMAL(" + precision + "," + scale + ") is out of range: precision must be 1..38 and"
              + " scale 0..precision");
    }
  }

  @Override
  public String toSql() {
    return "DECIMAL(" + precision + "," + scale + ")";
  }
}
