package dev.lakemigrate.spark;

import dev.lakemigrate.model.Sql;
import java.time.Instant;

/** Typed SQL literals for values lakemigrate writes itself (ledger, lock); text goes through {@link Sql#quoteString}. */
final class SqlLiterals {
  private SqlLiterals() {}

  static String string(String value) {
    return value == null ? "CAST(NULL AS STRING)" : Sql.quoteString(value);
  }

  /** {@code TIMESTAMP '2026-11-21T08:00:00.123Z'}: an absolute instant, whatever the session time zone. */
  static String timestamp(Instant value) {
    return value == null ? "CAST(NULL AS TIMESTAMP)" : "TIMESTAMP " + Sql.quoteString(value.toString());
  }

  static String bigint(Long value) {
    return value == null ? "CAST(NULL AS BIGINT)" : value + "L";
  }

  static String integer(int value) {
    return Integer.toString(value);
  }
}
