package dev.lakemigrate.model;

import java.util.Objects;

/** MAP&lt;key,value&gt;. Value nullability is not expressible in Spark DDL and not modelled. */
public record MapType(DataType key, DataType value) implements DataType {
  public MapType {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toSql() {
    return "MAP<" + key.toSql() + "," + value.toSql() + ">";
  }
}
