package dev.lakemigrate.spark;

import static dev.lakemigrate.model.Sql.quoteIdent;

import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.TableName;
import java.util.Locale;

/** Shared by the ledger and the lock: make sure the schema that holds them exists. */
final class LedgerTables {
  private LedgerTables() {}

  /**
   * Creates the schema only when it is missing: on Unity Catalog, even {@code CREATE SCHEMA IF NOT
   * EXISTS} may need a privilege that a team migrating an existing schema does not have.
   */
  static void ensureSchema(SqlRunner sql, TableName table) {
    String wanted = table.schema().toLowerCase(Locale.ROOT);
    boolean exists = sql.query("SHOW SCHEMAS IN " + quoteIdent(table.catalog()) + " LIKE " + Sql.quoteString(wanted))
        .stream()
        .flatMap(row -> row.values().stream())
        .anyMatch(v -> wanted.equals(String.valueOf(v).toLowerCase(Locale.ROOT)));
    if (!exists) {
      sql.execute("CREATE SCHEMA IF NOT EXISTS " + quoteIdent(table.catalog()) + "." + quoteIdent(table.schema()));
    }
  }
}
