package dev.lakemigrate.declare;

/** Where something was declared: {@code bundle/schema/orders.yaml:14:7}. Lines and columns from 1. */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
