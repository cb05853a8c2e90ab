package dev.lakemigrate.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every SQL text the shared test session parsed (recorded by {@code spark.StatementAudit}, a parser
 * wrapper installed in {@code SparkTestSession}), with whether lakemigrate's own code issued it and
 * whether the test had declared the destructive opt-in ({@link #optIn}) on that thread. Spark-free,
 * so the suite-wide check ({@link DestructiveSafetyExtension}) loads without Spark.
 */
public final class AuditLog {
  /** One parsed statement. */
  public record Statement(String sql, boolean fromLakemigrate, boolean optedIn, String thread) {}

  private static final List<Statement> STATEMENTS = new CopyOnWriteArrayList<>();
  private static final ThreadLocal<Boolean> OPT_IN = ThreadLocal.withInitial(() -> false);

  private static final Pattern DESTRUCTIVE = Pattern.compile(
      "^(DROP\\s+(TABLE|SCHEMA|DATABASE|VIEW)\\b|ALTER\\s+TABLE\\s+\\S+\\s+(DROP\\s+COLUMNS?\\b|RENAME\\s+TO\\b)"
          + "|CREATE\\s+OR\\s+REPLACE\\s+TABLE\\b|REPLACE\\s+TABLE\\b|TRUNCATE\\b|DELETE\\s+FROM\\b|INSERT\\s+OVERWRITE\\b"
          + "|RESTORE\\b|UPDATE\\b|MERGE\\s+INTO\\b)");
  private static final Pattern TARGET = Pattern.compile(
      "^(?:DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?|ALTER\\s+TABLE|DELETE\\s+FROM|UPDATE|MERGE\\s+INTO|TRUNCATE\\s+TABLE)\\s+(\\S+)");

  private AuditLog() {}

  public static void record(String sql, boolean fromLakemigrate) {
    STATEMENTS.add(new Statement(sql, fromLakemigrate, OPT_IN.get(), Thread.currentThread().getName()));
  }

  /** Runs {@code work} as a run given the explicit destructive opt-in ({@code --allow-destructive}). */
  public static <T> T optIn(Supplier<T> work) {
    boolean before = OPT_IN.get();
    OPT_IN.set(true);
    try {
      return work.get();
    } finally {
      OPT_IN.set(before);
    }
  }

  public static List<Statement> statements() {
    return List.copyOf(STATEMENTS);
  }

  /**
   * A drop, rebuild swap or data rewrite: DROP TABLE/SCHEMA/VIEW, DROP COLUMN(S), RENAME TO,
   * (CREATE OR) REPLACE TABLE, TRUNCATE, DELETE, INSERT OVERWRITE, RESTORE, UPDATE, MERGE — of a
   * user table: lakemigrate's own ledger and lock ({@code _lakemigrate_*}) are bookkeeping.
   */
  public static boolean destructive(String sql) {
    String skeleton = SqlSkeleton.of(sql).strip().toUpperCase(Locale.ROOT);
    if (!DESTRUCTIVE.matcher(skeleton).find()) return false;
    var target = TARGET.matcher(SqlSkeleton.of(sql).strip());
    if (target.find()) {
      String[] parts = target.group(1).split("\\.");
      String last = parts[parts.length - 1].replace("`", "");
      if (last.toLowerCase(Locale.ROOT).startsWith("_lakemigrate")) return false;
    }
    return true;
  }

  /** lakemigrate's destructive statements that ran without the opt-in. */
  public static List<Statement> violations() {
    List<Statement> found = new ArrayList<>();
    for (Statement s : STATEMENTS) {
      if (s.fromLakemigrate() && !s.optedIn() && destructive(s.sql())) found.add(s);
    }
    return found;
  }
}
