package dev.lakemigrate.model;

/** Every type without parameters. Aliases (INTEGER, LONG, SHORT, BYTE, …) are folded by the parser. */
public record PrimitiveType(Kind kind) implements DataType {
  public enum Kind {
    BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, STRING, BINARY, DATE, TIMESTAMP,
    TIMESTAMP_NTZ, VARIANT, VOID
  }

  public static final PrimitiveType BOOLEAN = new PrimitiveType(Kind.BOOLEAN);
  public static final PrimitiveType TINYINT = new PrimitiveType(Kind.TINYINT);
  public static final PrimitiveType SMALLINT = new PrimitiveType(Kind.SMALLINT);
  public static final PrimitiveType INT = new PrimitiveType(Kind.INT);
  public static final PrimitiveType BIGINT = new PrimitiveType(Kind.BIGINT);
  public static final PrimitiveType FLOAT = new PrimitiveType(Kind.FLOAT);
  public static final PrimitiveType DOUBLE = new PrimitiveType(Kind.DOUBLE);
  public static final PrimitiveType STRING = new PrimitiveType(Kind.STRING);
  public static final PrimitiveType BINARY = new PrimitiveType(Kind.BINARY);
  public static final PrimitiveType DATE = new PrimitiveType(Kind.DATE);
  public static final PrimitiveType TIMESTAMP = new PrimitiveType(Kind.TIMESTAMP);
  public static final PrimitiveType TIMESTAMP_NTZ = new PrimitiveType(Kind.TIMESTAMP_NTZ);
  public static final PrimitiveType VARIANT = new PrimitiveType(Kind.VARIANT);
  public static final PrimitiveType VOID = new PrimitiveType(Kind.VOID);

  public PrimitiveType {
    java.util.Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toSql() {
    return kind.name();
  }
}
