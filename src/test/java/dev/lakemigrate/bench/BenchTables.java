package dev.lakemigrate.bench;

import dev.lakemigrate.model.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's generated tables, deterministic by index: ten columns of mixed types; every
 * fourth table partitioned by {@code dt}, every fourth (offset one) clustered by {@code id}, every
 * fifth with a CHECK constraint, every third with a property. Each comes as DDL (to create it) and as
 * a YAML declaration, in version 1 (what is created) and version 2 (version 1 plus an additive change
 * set: two new columns, a new table comment, a new property).
 */
final class BenchTables {
  /** Bump when the tables below change: a cached bench warehouse of another version is rebuilt. */
  static final String GENERATOR_VERSION = "3";
  /** Changes per table in version 2: two columns, the comment, one property. */
  static final int ADDITIVE_CHANGES_PER_TABLE = 4;

  private static final String[][] COLUMNS = {
      {"id", "BIGINT"}, {"name", "STRING"}, {"amount", "DECIMAL(12,2)"}, {"qty", "INT"},
      {"ratio", "DOUBLE"}, {"active", "BOOLEAN"}, {"created_at", "TIMESTAMP"}, {"dt", "DATE"},
      {"labels", "ARRAY<STRING>"}, {"attrs", "MAP<STRING,STRING>"}};

  private BenchTables() {}

  static String name(int i) {
    return String.format(Locale.ROOT, "t%05d", i);
  }

  static boolean partitioned(int i) {
    return i % 4 == 0;
  }

  static boolean clustered(int i) {
    return i % 4 == 1;
  }

  static boolean checked(int i) {
    return i % 5 == 0;
  }

  static boolean hasProperty(int i) {
    return i % 3 == 0;
  }

  /** CREATE TABLE (and ADD CONSTRAINT) for table {@code i} of {@code catalog.schema}, version 1. */
  static List<String> ddl(String catalog, String schema, int i) {
    String t = Sql.quoteIdent(catalog) + "." + Sql.quoteIdent(schema) + "." + Sql.quoteIdent(name(i));
    StringBuilder cols = new StringBuilder();
    for (String[] c : COLUMNS) {
      if (cols.length() > 0) cols.append(", ");
      cols.append(Sql.quoteIdent(c[0])).append(' ').append(c[1]);
      if (c[0].equals("id")) cols.append(" NOT NULL COMMENT ").append(Sql.quoteString("key"));
    }
    StringBuilder create = new StringBuilder("CREATE TABLE " + t + " (" + cols + ") USING DELTA");
    if (partitioned(i)) create.append(" PARTITIONED BY (`dt`)");
    if (clustered(i)) create.append(" CLUSTER BY (`id`)");
    create.append(" COMMENT ").append(Sql.quoteString(comment(i, 1)));
    if (hasProperty(i)) create.append(" TBLPROPERTIES (").append(Sql.quoteString("owner.team")).append(" = ")
        .append(Sql.quoteString(team(i))).append(")");
    List<String> out = new ArrayList<>(List.of(create.toString()));
    if (checked(i)) out.add("ALTER TABLE " + t + " ADD CONSTRAINT `amount_positive` CHECK (amount > 0)");
    return out;
  }

  /** The YAML declaration of table {@code i}, version 1 or 2. */
  static String yaml(int i, int version) {
    StringBuilder y = new StringBuilder();
    y.append("table: ").append(name(i)).append('\n');
    y.append("comment: \"").append(comment(i, version)).append("\"\n");
    y.append("columns:\n");
    for (String[] c : COLUMNS) {
      y.append("  - name: ").append(c[0]).append("\n    type: \"").append(c[1]).append("\"\n");
      if (c[0].equals("id")) y.append("    nullable: false\n    comment: key\n");
    }
    if (version >= 2) {
      y.append("  - name: note\n    type: STRING\n    comment: added by the benchmark\n");
      y.append("  - name: score\n    type: DOUBLE\n");
    }
    if (partitioned(i)) y.append("partitioned_by: [dt]\n");
    if (clustered(i)) y.append("liquid_clustering: [id]\n");
    if (checked(i)) y.append("check_constraints:\n  - name: amount_positive\n    expression: amount > 0\n");
    if (hasProperty(i) || version >= 2) {
      y.append("table_properties:\n");
      if (hasProperty(i)) y.append("  owner.team: \"").append(team(i)).append("\"\n");
      if (version >= 2) y.append("  bench.stage: \"2\"\n");
    }
    return y.toString();
  }

  /** Writes tables {@code [0, n)} as one YAML file each into {@code dir} (created). */
  static void writeYaml(Path dir, int n, int version) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) Files.writeString(dir.resolve(name(i) + ".yaml"), yaml(i, version));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String comment(int i, int version) {
    return "bench table " + i + (version >= 2 ? " v2" : "");
  }

  private static String team(int i) {
    return "team" + (i % 7);
  }
}
