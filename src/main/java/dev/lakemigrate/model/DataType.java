package dev.lakemigrate.model;

/**
 * A Spark SQL data type, parsed once (from YAML or from the live schema) and never compared as
 * text. Records give structural {@code equals}, so {@code map<double, double>} and
 * {@code MAP<DOUBLE,DOUBLE>} are the same value.
 */
public sealed interface DataType
    permits PrimitiveType, DecimalType, CharType, VarcharType, IntervalType, ArrayType, MapType,
        StructType {

  /** Canonical Spark SQL spelling, upper case, no spaces inside type arguments. */
  String toSql();

  default boolean isNested() {
    return this instanceof ArrayType || this instanceof MapType || this instanceof StructType;
  }
}
