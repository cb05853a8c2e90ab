package dev.lakemigrate.model;

public record VarcharType(int length) implements DataType {
  public VarcharType {
    if (length < 1) throw new IllegalArgumentException("VARCHAR length must be at least 1");
  }

  @Override
  public String toSql() {
    return "VARCHAR(" + length + ")";
  }
}
