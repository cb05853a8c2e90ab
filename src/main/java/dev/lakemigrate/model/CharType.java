package dev.lakemigrate.model;

public record CharType(int length) implements DataType {
  public CharType {
    if (length < 1) throw new IllegalArgumentException("CHAR length must be at least 1");
  }

  @Override
  public String toSql() {
    return "CHAR(" + length + ")";
  }
}
