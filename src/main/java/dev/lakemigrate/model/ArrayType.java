package dev.lakemigrate.model;

import java.util.Objects;

/** ARRAY&lt;element&gt;. Element nullability is not expressible in Spark DDL and not modelled. */
public record ArrayType(DataType element) implements DataType {
  public ArrayType {
    Objects.requireNonNull(element, "element");
  }

  @Override
  public String toSql() {
    return "ARRAY<" + element.toSql() + ">";
  }
}
