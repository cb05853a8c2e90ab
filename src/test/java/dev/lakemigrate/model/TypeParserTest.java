package dev.lakemigrate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeParserTest {

  /** Every primitive, parameterised, interval and nested form, plus nestings of them. */
  static List<DataType> allTypes() {
    List<DataType> leaves = new ArrayList<>();
    for (PrimitiveType.Kind kind : PrimitiveType.Kind.values()) leaves.add(new PrimitiveType(kind));
    leaves.add(new DecimalType(10, 0));
    leaves.add(new DecimalType(38, 38));
    leaves.add(new DecimalType(18, 8));
    leaves.add(new CharType(1));
    leaves.add(new VarcharType(255));
    for (IntervalType.Field start : IntervalType.Field.values()) {
      for (IntervalType.Field end : IntervalType.Field.values()) {
        try {
          leaves.add(new IntervalType(start, end));
        } catch (IllegalArgumentException invalidCombination) {
          // skipped: not a type
        }
      }
    }
    List<DataType> all = new ArrayList<>(leaves);
    for (DataType leaf : leaves) {
      all.add(new ArrayType(leaf));
      all.add(new MapType(PrimitiveType.STRING, leaf));
      all.add(new MapType(leaf, new ArrayType(leaf)));
      all.add(new StructType(List.of(StructField.of("f", leaf))));
    }
    all.add(new StructType(List.of()));
    all.add(hostileStruct());
    all.add(new ArrayType(new MapType(PrimitiveType.INT, new ArrayType(hostileStruct()))));
    return all;
  }

  private static StructType hostileStruct() {
    StructType inner = new StructType(List.of(
        new StructField("we`ird name", new DecimalType(5, 2), false, "it's a \\ \"quote\"\n\ttab"),
        new StructField("ünï", PrimitiveType.TIMESTAMP_NTZ, true, "")));
    return new StructType(List.of(
        new StructField("a", inner, false, "nested, with comma > and <"),
        new StructField("select", new ArrayType(inner), true, null),
        new StructField("b:c", new MapType(PrimitiveType.STRING, inner), false, null)));
  }

  @Test
  void everyTypeRoundTripsThroughItsSql() {
    List<DataType> types = allTypes();
    assertThat(types).hasSizeGreaterThan(100);
    for (DataType type : types) {
      assertThat(TypeParser.parse(type.toSql())).as(type.toSql()).isEqualTo(type);
      if (!type.toSql().contains("STRUCT")) {
        String spaced = type.toSql().toLowerCase(java.util.Locale.ROOT).replace(",", " , ").replace("<", " < ");
        assertThat(TypeParser.parse(spaced)).as(spaced).isEqualTo(type);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "map<double, double>|MAP<DOUBLE,DOUBLE>",
      "  Map < Double ,Double >  |MAP<DOUBLE,DOUBLE>",
      "INTEGER|INT",
      "long|BIGINT",
      "short|SMALLINT",
      "byte|TINYINT",
      "real|FLOAT",
      "dec|DECIMAL(10,0)",
      "numeric(5)|DECIMAL(5,0)",
      "DECIMAL ( 18 , 8 )|DECIMAL(18,8)",
      "decimal|DECIMAL(10,0)",
      "timestamp_ltz|TIMESTAMP",
      "character(3)|CHAR(3)",
      "interval year to month|INTERVAL YEAR TO MONTH",
      "INTERVAL  day TO second|INTERVAL DAY TO SECOND",
      "interval hour|INTERVAL HOUR",
      "array<struct<a:int,b:string>>|ARRAY<STRUCT<`a`: INT, `b`: STRING>>",
      "struct<a int not null comment 'x'>|STRUCT<a: INT NOT NULL COMMENT 'x'>",
      "struct<`a``b`:long>|STRUCT<`a``b`: BIGINT>",
      "STRUCT<c: STRING COMMENT \"it\\'s\">|STRUCT<c: STRING COMMENT 'it\\'s'>",
      "struct<c: string comment 'a\\u0041\\Z'>|STRUCT<c: STRING COMMENT 'aA\u001A'>",
  })
  void spellingsFold(String spelled, String canonical) {
    assertThat(TypeParser.parse(spelled)).isEqualTo(TypeParser.parse(canonical));
  }

  @Test
  void parsesDatabricksFullDataTypeStrings() {
    assertThat(TypeParser.parse("struct<id:bigint,tags:map<string,string>,items:array<struct<sku:string,qty:int>>>"))
        .isEqualTo(new StructType(List.of(
            StructField.of("id", PrimitiveType.BIGINT),
            StructField.of("tags", new MapType(PrimitiveType.STRING, PrimitiveType.STRING)),
            StructField.of("items", new ArrayType(new StructType(List.of(
                StructField.of("sku", PrimitiveType.STRING), StructField.of("qty", PrimitiveType.INT))))))));
  }

  @Test
  void nestsToAnyReasonableDepth() {
    String deep = "ARRAY<".repeat(60) + "INT" + ">".repeat(60);
    assertThat(TypeParser.parse(deep).toSql()).isEqualTo(deep);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MAP<STRING>|Cannot parse type 'MAP<STRING>': expected ',' at offset 10. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRNG|Cannot parse type 'STRNG': unknown type 'STRNG' at offset 0. Did you mean STRING?",
      "ARRAY<INTT>|Cannot parse type 'ARRAY<INTT>': unknown type 'INTT' at offset 6. Did you mean INT?",
      "''|Cannot parse type '': expected a type name at offset 0. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "INT INT|Cannot parse type 'INT INT': expected end of type at offset 4. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "DECIMAL(39,2)|Cannot parse type 'DECIMAL(39,2)': DECIMAL(39,2) needs precision 1..38 and scale 0..precision at offset 8. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "DECIMAL(5,6)|Cannot parse type 'DECIMAL(5,6)': DECIMAL(5,6) needs precision 1..38 and scale 0..precision at offset 8. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "VARCHAR|Cannot parse type 'VARCHAR': expected '(' at offset 7. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "CHAR(0)|Cannot parse type 'CHAR(0)': CHAR length must be at least 1 at offset 5. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "INTERVAL MONTH TO DAY|Cannot parse type 'INTERVAL MONTH TO DAY': INTERVAL MONTH TO DAY is not a valid interval at offset 15. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "INTERVAL WEEK|Cannot parse type 'INTERVAL WEEK': expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND at offset 9. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRUCT<a INT NOT>|Cannot parse type 'STRUCT<a INT NOT>': expected NULL after NOT at offset 16. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRUCT<a INT COMMENT 'x>|Cannot parse type 'STRUCT<a INT COMMENT 'x>': unterminated string at offset 21. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRUCT<`a: INT>|Cannot parse type 'STRUCT<`a: INT>': unterminated quoted name at offset 7. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "ARRAY<INT|Cannot parse type 'ARRAY<INT': expected '>' at offset 9. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRUCT<,>|Cannot parse type 'STRUCT<,>': expected a field name at offset 7. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
      "STRING COLLATE UTF8_LCASE|Cannot parse type 'STRING COLLATE UTF8_LCASE': expected end of type at offset 7. Write a Spark SQL type such as BIGINT, DECIMAL(18,2), ARRAY<STRING>, MAP<STRING,INT> or STRUCT<name: STRING NOT NULL>.",
  })
  void refusesBadInputWithTheOffset(String input, String message) {
    assertThatThrownBy(() -> TypeParser.parse(input))
        .isInstanceOf(TypeParser.ParseException.class)
        .hasMessage(message);
  }

  @Test
  void refusesHostileNestingWithoutOverflowingTheStack() {
    String deep = "ARRAY<".repeat(100_000) + "INT" + ">".repeat(100_000);
    assertThatThrownBy(() -> TypeParser.parse(deep))
        .isInstanceOf(TypeParser.ParseException.class)
        .hasMessageContaining("nesting deeper than 64 levels at offset 384");
  }

  @Test
  void exposesOffsetAndReason() {
    TypeParser.ParseException e = org.junit.jupiter.api.Assertions.assertThrows(
        TypeParser.ParseException.class, () -> TypeParser.parse("MAP<STRING>"));
    assertThat(e.offset()).isEqualTo(10);
    assertThat(e.reason()).isEqualTo("expected ','");
    assertThat(e.input()).isEqualTo("MAP<STRING>");
    assertThat(e.suggestion()).isNull();
  }
}
