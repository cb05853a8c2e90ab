package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.Sql;
import dev.lakemigrate.reliability.ReliabilityReport;
import dev.lakemigrate.reliability.SqlSkeleton;
import dev.lakemigrate.spark.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, part 4: hostile column names, comments, property values, CHECK and default expressions
 * and tag values, through {@code lakemigrate apply} on real Delta. Each is stored exactly as written
 * (read back through Spark's own API, not lakemigrate's introspection) and the re-plan is empty; the
 * same text as a table or schema name is refused at validation. Nothing is executed as SQL: only
 * the intended table appears, a bystander table keeps its row, and every statement the runner saw
 * holds the hostile text only inside quoted identifiers and literals.
 */
class HostileNamesIT {
  /** Hostile text: quotes, backticks, backslashes, line breaks, comments, ';', unicode, injections. */
  static final List<String> FRAGMENTS = List.of(
      "it's", "say \"hi\"", "back`tick", "double``tick", "back\\slash", "trailing\\", "line1\nline2",
      "tab\there", "cr\rhere", "-- comment", "/* block */", "/* open", "semi;colon",
      "'; DROP TABLE victim; --", "\"; DROP TABLE victim; --", "`; DROP TABLE victim; --",
      "\\'; DROP TABLE victim; --", "' OR '1'='1", "\u00fcn\u00efc\u00f8d\u00e9", "\u65e5\u672c\u8a9e",
      "emoji \ud83d\ude00", "rtl \u202e txt", "zero\u200bwidth", "${var} %s %n", "$$ ? :name");
  /** CHECK constraints, each guarding {@link #PER_CHECK} hostile columns against their own text. */
  private static final int CHECKS = 3;
  private static final int PER_CHECK = 4;
  private static final int DEFAULTS = 10;
  private static final String TABLE = "hostile_text";

  @TempDir Path dir;

  @Test
  void hostileTextRoundTripsThroughApplyAndHostileTableNamesAreRefused() throws IOException {
    SparkSession spark = SparkTestSession.spark();
    String schema = SparkTestSession.freshSchema();
    String victim = "spark_catalog." + schema + ".victim";
    spark.sql("CREATE TABLE " + victim + " (id INT) USING DELTA");
    spark.sql("INSERT INTO " + victim + " VALUES (42)");
    Files.createDirectories(dir.resolve("schema"));
    Files.writeString(dir.resolve("schema/" + TABLE + ".yaml"), declaration(), StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(dir, "--catalog", "spark_catalog", "--schema", schema, "--schema-dir", "schema");
    AuditedBackend backend = new AuditedBackend();

    CliRunner.Run validate = cli.run(s -> { throw new AssertionError("validate started an engine"); }, "validate");
    assertThat(validate.exitCode()).withFailMessage("%s", validate.all()).isZero();
    CliRunner.Run apply = cli.run(backend.factory(), "apply", "--local");
    assertThat(apply.exitCode()).withFailMessage("%s", apply.all()).isZero();
    CliRunner.Run replan = cli.run(backend.factory(), "plan", "--local", "--detailed-exitcode");
    assertThat(replan.exitCode()).withFailMessage("re-plan is not empty: %s", replan.all()).isZero();

    Set<String> tables = new TreeSet<>();
    for (Row r : spark.sql("SHOW TABLES IN spark_catalog." + schema).collectAsList()) tables.add(r.getString(1));
    assertThat(tables).containsExactlyInAnyOrder("victim", TABLE, "_lakemigrate_history", "_lakemigrate_lock");
    assertThat(spark.sql("SELECT id FROM " + victim).collectAsList()).extracting(r -> r.getInt(0)).containsExactly(42);

    int stored = assertStoredAsWritten(spark, "spark_catalog." + schema + "." + TABLE);
    List<String> statements = backend.statements().executed();
    assertThat(statements).isNotEmpty();
    for (String sql : statements) {
      String bare = SqlSkeleton.bare(sql);
      assertThat(bare).as("outside quotes: " + sql).doesNotContain(";", "--", "/*", "victim", "DROP", "$", "?")
          .matches("[\\x00-\\x7f]*");
    }
    int refused = hostileTableNamesAreRefused(cli);
    ReliabilityReport.write("4-hostile-names", "4. Hostile names and text", "HostileNamesIT", List.of(
        "| hostile text as | tried | stored exactly as written and re-plan empty | refused at validation |",
        "|---|---|---|---|",
        "| column names | " + FRAGMENTS.size() + " | " + FRAGMENTS.size() + " | 0 |",
        "| column comments | " + FRAGMENTS.size() + " | " + FRAGMENTS.size() + " | 0 |",
        "| table property values (and one hostile key) | " + (FRAGMENTS.size() + 1) + " | " + (FRAGMENTS.size() + 1) + " | 0 |",
        "| CHECK expressions: hostile column name and literal (" + CHECKS + " constraints) | " + CHECKS * PER_CHECK + " | " + CHECKS * PER_CHECK + " | 0 |",
        "| column defaults | " + DEFAULTS + " | " + DEFAULTS + " | 0 |",
        "| table comment | 1 | 1 | 0 |",
        "| tag values (Unity Catalog only: skipped on open-source Delta, never run) | 2 | — | 0 |",
        "| table names | " + FRAGMENTS.size() + " | — | " + refused + " |",
        "| schema names | 1 | — | 1 |",
        "",
        stored + " values read back through Spark's own API equal the declaration; " + statements.size()
            + " statements ran, each holding the hostile text only inside quoted identifiers and literals;"
            + " the schema holds only the intended table, the ledger, the lock and a bystander table whose row survived."));
  }

  private static String declaration() {
    StringBuilder y = new StringBuilder("table: " + TABLE + "\ncomment: " + yaml(String.join(" | ", FRAGMENTS)) + "\ncolumns:\n");
    for (int i = 0; i < FRAGMENTS.size(); i++) {
      String f = FRAGMENTS.get(i);
      y.append("  - name: ").append(yaml(f)).append("\n    type: STRING\n    comment: ").append(yaml(f)).append('\n');
      if (i < DEFAULTS) y.append("    default: ").append(yaml(Sql.quoteString(f))).append('\n');
      if (i < 2) y.append("    tags: {t: ").append(yaml(f)).append("}\n");
    }
    y.append("check_constraints:\n");
    for (int i = 0; i < CHECKS; i++) y.append("  - name: c").append(i).append("\n    expression: ").append(yaml(check(i))).append('\n');
    y.append("table_properties:\n  delta.columnMapping.mode: name\n  ").append(yaml("k'; DROP TABLE victim; --")).append(": v\n");
    for (int i = 0; i < FRAGMENTS.size(); i++) y.append("  lm.p").append(i).append(": ").append(yaml(FRAGMENTS.get(i))).append('\n');
    return y.toString();
  }

  /** {@code (`f` IS NULL OR `f` <> 'f') AND …} over hostile column names and literals, from the end of the list. */
  private static String check(int i) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < PER_CHECK; j++) {
      String f = FRAGMENTS.get(FRAGMENTS.size() - 1 - i * PER_CHECK - j);
      parts.add("(" + Sql.quoteIdent(f) + " IS NULL OR " + Sql.quoteIdent(f) + " <> " + Sql.quoteString(f) + ")");
    }
    return String.join(" AND ", parts);
  }

  /** Compares what Spark stored with the declaration; returns how many values were compared. */
  private static int assertStoredAsWritten(SparkSession spark, String table) {
    StructField[] fields = spark.table(table).schema().fields();
    List<String> names = new ArrayList<>();
    for (StructField f : fields) names.add(f.name());
    assertThat(names).containsExactlyElementsOf(FRAGMENTS);
    int compared = 0;
    for (int i = 0; i < fields.length; i++) {
      assertThat(fields[i].getComment().isDefined() ? fields[i].getComment().get() : null).as("comment of column " + i).isEqualTo(FRAGMENTS.get(i));
      compared += 2;
      if (i < DEFAULTS) {
        assertThat(fields[i].metadata().getString("CURRENT_DEFAULT")).as("default of column " + i).isEqualTo(Sql.quoteString(FRAGMENTS.get(i)));
        compared++;
      }
    }
    Map<String, String> props = new LinkedHashMap<>();
    for (Row r : spark.sql("SHOW TBLPROPERTIES " + table).collectAsList()) props.put(r.getString(0), r.getString(1));
    for (int i = 0; i < FRAGMENTS.size(); i++) assertThat(props.get("lm.p" + i)).as("property lm.p" + i).isEqualTo(FRAGMENTS.get(i));
    assertThat(props.get("k'; DROP TABLE victim; --")).isEqualTo("v");
    compared += FRAGMENTS.size() + 1;
    for (int i = 0; i < CHECKS; i++) {
      for (int j = 0; j < PER_CHECK; j++) {
        String f = FRAGMENTS.get(FRAGMENTS.size() - 1 - i * PER_CHECK - j);
        assertThat(props.get("delta.constraints.c" + i)).as("CHECK c" + i).contains(Sql.quoteString(f));
        compared++;
      }
    }
    String comment = spark.sql("DESCRIBE TABLE EXTENDED " + table).collectAsList().stream()
        .filter(r -> "Comment".equals(r.getString(0))).map(r -> r.getString(1)).findFirst().orElse(null);
    assertThat(comment).isEqualTo(String.join(" | ", FRAGMENTS));
    return compared + 1;
  }

  private int hostileTableNamesAreRefused(CliRunner ignored) throws IOException {
    int refused = 0;
    for (int i = 0; i < FRAGMENTS.size(); i++) {
      Path root = Files.createDirectories(dir.resolve("names" + i + "/schema"));
      Files.writeString(root.resolve("t.yaml"), "table: " + yaml(FRAGMENTS.get(i)) + "\ncolumns: [{name: a, type: INT}]\n", StandardCharsets.UTF_8);
      CliRunner.Run run = new CliRunner(root.getParent()).run(s -> { throw new AssertionError("validate started an engine"); },
          "validate", "--schema-dir", "schema");
      assertThat(run.exitCode()).as(FRAGMENTS.get(i)).isEqualTo(1);
      assertThat(run.stderr()).as(FRAGMENTS.get(i)).contains("t.yaml:1:8: Cannot declare table '")
          .contains("only letters A-Z, digits and _ are allowed in a table name");
      refused++;
    }
    Path root = Files.createDirectories(dir.resolve("schemaname/schema"));
    Files.writeString(root.resolve("t.yaml"), "table: t\nschema: " + yaml("s'; DROP SCHEMA x; --") + "\ncolumns: [{name: a, type: INT}]\n");
    assertThat(new CliRunner(root.getParent()).run(s -> { throw new AssertionError(); }, "validate", "--schema-dir", "schema").stderr())
        .contains("Cannot declare schema ");
    return refused;
  }

  /** A YAML double-quoted scalar holding {@code s} exactly. */
  static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"') b.append("\\\"");
      else if (c == '\\') b.append("\\\\");
      else if (c == '\n') b.append("\\n");
      else if (c == '\r') b.append("\\r");
      else if (c == '\t') b.append("\\t");
      else if (c < 0x20 || c > 0x7e) b.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
      else b.appendCodePoint(c);
    });
    return b.append('"').toString();
  }
}
