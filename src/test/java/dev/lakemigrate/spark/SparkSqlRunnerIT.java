package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSqlRunnerIT {

  @Test
  void rowsComeBackAsPlainJavaValues() {
    List<Map<String, Object>> rows = SparkTestSession.runner().query("SELECT"
        + " 'it\\'s' AS s, CAST(1 AS TINYINT) AS ti, CAST(2 AS SMALLINT) AS si, 3 AS i, 4L AS l,"
        + " true AS b, 1.5D AS d, CAST(1.25 AS FLOAT) AS f, CAST(12.30 AS DECIMAL(5,2)) AS dec,"
        + " TIMESTAMP '2026-11-21T08:00:00.123456Z' AS ts, DATE '2026-01-02' AS dt,"
        + " TIMESTAMP_NTZ '2026-01-02 03:04:05' AS ntz, INTERVAL '1-2' YEAR TO MONTH AS ym,"
        + " INTERVAL '1 02:03:04' DAY TO SECOND AS ds, X'0102' AS bin, " + variant() + " AS v,"
        + " array(array(1, 2), array(3)) AS aa, map('k', array(named_struct('x', 1))) AS m,"
        + " named_struct('a', 1, 'b', array(named_struct('c', 'x')), 'm', map(1, 'one')) AS st,"
        + " CAST(NULL AS STRING) AS n, array(CAST(NULL AS INT)) AS an");

    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row.keySet()).containsExactly("s", "ti", "si", "i", "l", "b", "d", "f", "dec", "ts", "dt", "ntz",
        "ym", "ds", "bin", "v", "aa", "m", "st", "n", "an");
    assertThat(row).containsEntry("s", "it's").containsEntry("ti", 1).containsEntry("si", 2).containsEntry("i", 3)
        .containsEntry("l", 4L).containsEntry("b", true).containsEntry("d", 1.5).containsEntry("f", 1.25f)
        .containsEntry("dec", new BigDecimal("12.30"))
        .containsEntry("ts", Instant.parse("2026-11-21T08:00:00.123456Z"))
        .containsEntry("dt", LocalDate.of(2026, 1, 2))
        .containsEntry("ntz", LocalDateTime.of(2026, 1, 2, 3, 4, 5))
        .containsEntry("ym", Period.ofYears(1).plusMonths(2))
        .containsEntry("ds", Duration.parse("PT26H3M4S"))
        .containsEntry("v", "{\"a\":1}") // VARIANT on Spark 4, its JSON text on 3.5
        .containsEntry("aa", List.of(List.of(1, 2), List.of(3)))
        .containsEntry("m", Map.of("k", List.of(Map.of("x", 1))))
        .containsEntry("st", Map.of("a", 1, "b", List.of(Map.of("c", "x")), "m", Map.of(1, "one")))
        .containsEntry("n", null)
        .containsEntry("an", java.util.Arrays.asList((Object) null));
    assertThat((byte[]) row.get("bin")).containsExactly(1, 2);
    assertNoScalaTypes(row);
  }

  @Test
  void executeRunsCommands() {
    String schema = SparkTestSession.freshSchema();
    SparkTestSession.runner().execute("CREATE TABLE spark_catalog." + schema + ".t (x INT) USING DELTA");
    SparkTestSession.runner().execute("INSERT INTO spark_catalog." + schema + ".t VALUES (7)");

    assertThat(SparkTestSession.runner().query("SELECT x FROM spark_catalog." + schema + ".t"))
        .containsExactly(Map.of("x", 7));
  }

  private static String variant() {
    return SparkTestSession.sparkAtLeast4() ? "parse_json('{\"a\":1}')" : "'{\"a\":1}'";
  }

  private static void assertNoScalaTypes(Object value) {
    if (value == null) return;
    assertThat(value.getClass().getName()).doesNotStartWith("scala.").doesNotStartWith("org.apache.spark.");
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        assertNoScalaTypes(k);
        assertNoScalaTypes(v);
      });
    } else if (value instanceof Collection<?> list) {
      list.forEach(SparkSqlRunnerIT::assertNoScalaTypes);
    }
  }
}
