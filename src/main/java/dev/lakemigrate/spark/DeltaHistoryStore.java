package dev.lakemigrate.spark;

import static dev.lakemigrate.model.Sql.quoteIdent;

import dev.lakemigrate.apply.HistoryEntry;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The history ledger as a Delta table (default {@code <catalog>.<schema>._lakemigrate_history}), one
 * row per statement: inserted {@code PENDING} before the statement runs, updated to its outcome after,
 * keyed by (run_id, statement_index). Writes go through any {@link SqlRunner}; every value is a typed
 * literal ({@link SqlLiterals}), every name quoted.
 */
public final class DeltaHistoryStore implements HistoryStore {
  public static final String DEFAULT_TABLE = "_lakemigrate_history";

  /** Column name and SQL type, in table order; one per {@link HistoryEntry} component. */
  static final List<String[]> COLUMNS = List.of(
      new String[] {"run_id", "STRING"},
      new String[] {"command", "STRING"},
      new String[] {"target", "STRING"},
      new String[] {"tool_version", "STRING"},
      new String[] {"user_name", "STRING"},
      new String[] {"job_run_id", "STRING"},
      new String[] {"declarations_checksum", "STRING"},
      new String[] {"reviewed_plan", "STRING"},
      new String[] {"table_name", "STRING"},
      new String[] {"change_code", "STRING"},
      new String[] {"statement_index", "INT"},
      new String[] {"statement", "STRING"},
      new String[] {"status", "STRING"},
      new String[] {"error", "STRING"},
      new String[] {"started_at", "TIMESTAMP"},
      new String[] {"ended_at", "TIMESTAMP"},
      new String[] {"duration_ms", "BIGINT"},
      new String[] {"version_before", "BIGINT"},
      new String[] {"version_after", "BIGINT"});

  private final SqlRunner sql;
  private final TableName table;

  public DeltaHistoryStore(SqlRunner sql, TableName table) {
    this.sql = Objects.requireNonNull(sql, "sql");
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The ledger at the default name in {@code catalog.schema}. */
  public static DeltaHistoryStore inSchema(SqlRunner sql, String catalog, String schema) {
    return new DeltaHistoryStore(sql, TableName.of(catalog, schema, DEFAULT_TABLE));
  }

  public TableName table() {
    return table;
  }

  @Override
  public void ensureExists() {
    StringJoiner columns = new StringJoiner(", ", "(", ")");
    for (String[] c : COLUMNS) columns.add(quoteIdent(c[0]) + " " + c[1]);
    LedgerTables.ensureSchema(sql, table);
    sql.execute("CREATE TABLE IF NOT EXISTS " + table.toSql() + " " + columns
        + " USING DELTA COMMENT " + SqlLiterals.string("lakemigrate history ledger: one row per statement"));
  }

  @Override
  public void recordPending(HistoryEntry e) {
    StringJoiner names = new StringJoiner(", ", "(", ")");
    for (String[] c : COLUMNS) names.add(quoteIdent(c[0]));
    StringJoiner values = new StringJoiner(", ", "(", ")");
    for (String v : values(e)) values.add(v);
    sql.execute("INSERT INTO " + table.toSql() + " " + names + " VALUES " + values);
  }

  @Override
  public void recordOutcome(HistoryEntry e) {
    sql.execute("UPDATE " + table.toSql() + " SET "
        + quoteIdent("status") + " = " + SqlLiterals.string(e.status().name()) + ", "
        + quoteIdent("error") + " = " + SqlLiterals.string(e.error()) + ", "
        + quoteIdent("ended_at") + " = " + SqlLiterals.timestamp(e.endedAt()) + ", "
        + quoteIdent("duration_ms") + " = " + SqlLiterals.bigint(e.durationMs()) + ", "
        + quoteIdent("version_before") + " = coalesce(" + SqlLiterals.bigint(e.versionBefore()) + ", "
        + quoteIdent("version_before") + "), "
        + quoteIdent("version_after") + " = " + SqlLiterals.bigint(e.versionAfter())
        + " WHERE " + quoteIdent("run_id") + " = " + SqlLiterals.string(e.runId())
        + " AND " + quoteIdent("statement_index") + " = " + SqlLiterals.integer(e.statementIndex()));
  }

  @Override
  public List<HistoryEntry> recentRuns(int runs) {
    String runId = quoteIdent("run_id");
    String startedAt = quoteIdent("started_at");
    String recent = "SELECT " + runId + ", min(" + startedAt + ") AS run_started FROM " + table.toSql()
        + " GROUP BY " + runId + " ORDER BY run_started DESC, " + runId + " DESC LIMIT " + Math.max(0, runs);
    String query = "SELECT h.* FROM " + table.toSql() + " h JOIN (" + recent + ") r ON h." + runId + " = r." + runId
        + " ORDER BY r.run_started DESC, r." + runId + " DESC, h." + quoteIdent("statement_index");
    return sql.query(query).stream().map(DeltaHistoryStore::entry).toList();
  }

  private static List<String> values(HistoryEntry e) {
    return List.of(
        SqlLiterals.string(e.runId()),
        SqlLiterals.string(e.command()),
        SqlLiterals.string(e.target()),
        SqlLiterals.string(e.toolVersion()),
        SqlLiterals.string(e.user()),
        SqlLiterals.string(e.jobRunId()),
        SqlLiterals.string(e.declarationsChecksum()),
        SqlLiterals.string(e.reviewedPlan()),
        SqlLiterals.string(e.table()),
        SqlLiterals.string(e.changeCode()),
        SqlLiterals.integer(e.statementIndex()),
        SqlLiterals.string(e.statement()),
        SqlLiterals.string(e.status().name()),
        SqlLiterals.string(e.error()),
        SqlLiterals.timestamp(e.startedAt()),
        SqlLiterals.timestamp(e.endedAt()),
        SqlLiterals.bigint(e.durationMs()),
        SqlLiterals.bigint(e.versionBefore()),
        SqlLiterals.bigint(e.versionAfter()));
  }

  static HistoryEntry entry(Map<String, Object> row) {
    return new HistoryEntry(
        (String) row.get("run_id"),
        (String) row.get("command"),
        (String) row.get("target"),
        (String) row.get("tool_version"),
        (String) row.get("user_name"),
        (String) row.get("job_run_id"),
        (String) row.get("declarations_checksum"),
        (String) row.get("reviewed_plan"),
        (String) row.get("table_name"),
        (String) row.get("change_code"),
        ((Number) row.get("statement_index")).intValue(),
        (String) row.get("statement"),
        HistoryEntry.Status.valueOf((String) row.get("status")),
        (String) row.get("error"),
        (Instant) row.get("started_at"),
        (Instant) row.get("ended_at"),
        asLong(row.get("duration_ms")),
        asLong(row.get("version_before")),
        asLong(row.get("version_after")));
  }

  private static Long asLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
