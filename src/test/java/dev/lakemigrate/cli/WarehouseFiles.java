package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.DeltaLock;
import dev.lakemigrate.spark.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CrossProcessApplyIT}'s child JVMs left in the shared warehouse, read by the test's own
 * session straight from the Delta files ({@code delta.`path`}), not through their metastore: the
 * ledger, the lock row, each table's commits, row count and content checksum.
 */
final class WarehouseFiles {
  /** Tables of each schema and the columns their checksum covers (those the setup wrote). */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("a", "id, v");
    TABLES.put("b", "id");
    TABLES.put("n", "id");
  }

  record TableState(long rows, long checksum, long commits) {}

  record LedgerRow(String runId, String table, String statement, String status) {}

  private final Path root;
  private final SqlRunner sql = SparkTestSession.runner();

  WarehouseFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The state of every table of {@code schema}, keyed {@code schema.table}; a table not there yet has none. */
  Map<String, TableState> states(String schema) {
    Map<String, TableState> states = new LinkedHashMap<>();
    TABLES.forEach((table, columns) -> states.put(schema + "." + table, state(schema, table, columns)));
    return states;
  }

  List<LedgerRow> ledger(String schema) {
    return sql.query("SELECT run_id, table_name, statement, status FROM " + ref(schema, DeltaHistoryStore.DEFAULT_TABLE)
            + " ORDER BY started_at, statement_index").stream()
        .map(r -> new LedgerRow((String) r.get("run_id"), (String) r.get("table_name"), (String) r.get("statement"),
            (String) r.get("status")))
        .toList();
  }

  String lockHolder(String schema) {
    return (String) sql.query("SELECT run_id FROM " + ref(schema, DeltaLock.DEFAULT_TABLE)).get(0).get("run_id");
  }

  /** Per table, the Delta commits since {@code baseline} are the ledger's rows for it: no statement ran twice, none unrecorded. */
  void assertCommitsMatchLedger(String schema, List<LedgerRow> ledger, Map<String, TableState> baseline) {
    Map<String, TableState> now = states(schema);
    for (String table : TABLES.keySet()) {
      String key = schema + "." + table;
      long rows = ledger.stream().filter(r -> r.table().endsWith("." + key)).count();
      assertThat(now.get(key).commits() - baseline.get(key).commits()).as("new Delta commits on " + key).isEqualTo(rows);
    }
  }

  void assertRowsIntact(String schema, Map<String, TableState> baseline) {
    Map<String, TableState> now = states(schema);
    for (String table : TABLES.keySet()) {
      String key = schema + "." + table;
      assertThat(List.of(now.get(key).rows(), now.get(key).checksum())).as("rows and checksum of " + key)
          .isEqualTo(List.of(baseline.get(key).rows(), baseline.get(key).checksum()));
    }
  }

  private TableState state(String schema, String table, String columns) {
    if (!Files.isDirectory(root.resolve(schema + ".db").resolve(table).resolve("_delta_log"))) return new TableState(0, 0, 0);
    Map<String, Object> row = sql.query("SELECT count(*) AS n, coalesce(sum(hash(" + columns + ")), 0) AS h FROM "
        + ref(schema, table)).get(0);
    long commits = sql.query("DESCRIBE HISTORY " + ref(schema, table)).size();
    return new TableState(((Number) row.get("n")).longValue(), ((Number) row.get("h")).longValue(), commits);
  }

  private String ref(String schema, String table) {
    return "delta." + Sql.quoteIdent(root.resolve(schema + ".db").resolve(table).toString());
  }
}
