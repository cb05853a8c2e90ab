package dev.lakemigrate.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** STRUCT&lt;name: type [NOT NULL] [COMMENT '…'], …&gt; with fields in declared order. */
public record StructType(List<StructField> fields) implements DataType {
  public StructType {
    fields = List.copyOf(fields);
  }

  /** Case-insensitive lookup, as Spark resolves field names. */
  public Optional<StructField> field(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return fields.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  @Override
  public String toSql() {
    return fields.stream().map(StructField::toSql).collect(Collectors.joining(", ", "STRUCT<", ">"));
  }
}
