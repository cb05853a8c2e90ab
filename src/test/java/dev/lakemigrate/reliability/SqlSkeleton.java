package dev.lakemigrate.reliability;

/**
 * A statement with its string literals emptied ({@code 'it\'s'} → {@code ''}) and comments removed,
 * backticked identifiers kept: what remains is the SQL's own structure. Hostile text that shows up
 * in the skeleton was not inside a quoted literal or identifier.
 */
public final class SqlSkeleton {
  private SqlSkeleton() {}

  public static String of(String sql) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < sql.length() && sql.charAt(j) != c) j += sql.charAt(j) == '\\' ? 2 : 1;
        out.append(c).append(c);
        i = j + 1;
      } else if (c == '`') {
        int j = i + 1;
        while (j < sql.length() && !(sql.charAt(j) == '`' && (j + 1 >= sql.length() || sql.charAt(j + 1) != '`'))) {
          j += sql.charAt(j) == '`' ? 2 : 1;
        }
        out.append(sql, i, Math.min(sql.length(), j + 1));
        i = j + 1;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The skeleton with backticked identifiers emptied too: only keywords, operators and numbers. */
  public static String bare(String sql) {
    return of(sql).replaceAll("`(?:[^`]|``)*`", "``");
  }
}
