package dev.lakemigrate.declare;

import dev.lakemigrate.declare.ExpressionChecker.Name;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column names a CHECK expression mentions that the table does not declare. Conservative, so a
 * valid constraint is never refused: a name is taken for a column only when it is not a SQL keyword
 * or type name, not a function ({@code f(}), not a field after a dot, not a literal prefix
 * ({@code DATE '…'}); expressions with lambdas ({@code ->}) are not checked.
 */
final class CheckColumns {
  private CheckColumns() {}

  private static final Set<String> KEYWORDS = Set.of(
      "and", "or", "not", "in", "is", "null", "true", "false", "unknown", "like", "ilike", "rlike",
      "regexp", "escape", "between", "case", "when", "then", "else", "end", "cast", "as", "distinct",
      "from", "any", "some", "all", "exists", "div", "interval", "to", "collate", "at", "time", "zone",
      "both", "leading", "trailing", "for", "placing", "similar", "year", "years", "quarter", "month",
      "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
      "seconds", "millisecond", "milliseconds", "microsecond", "microseconds", "dow", "doy", "epoch",
      "dayofweek", "dayofyear", "current_date", "current_timestamp", "current_user", "current_time",
      "current_timezone", "user", "session_user", "boolean", "tinyint", "byte", "smallint", "short",
      "int", "integer", "bigint", "long", "float", "real", "double", "decimal", "dec", "numeric",
      "string", "char", "character", "varchar", "binary", "date", "timestamp", "timestamp_ltz",
      "timestamp_ntz", "variant", "void", "array", "map", "struct");

  /** Names in {@code expression} that look like columns but are not among {@code columns}. */
  static List<String> unknown(String expression, Collection<String> columns) {
    if (expression.contains("->")) return List.of();
    Set<String> declared = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    for (Name name : ExpressionChecker.names(expression)) {
      String lower = name.text().toLowerCase(Locale.ROOT);
      boolean notAColumn = name.afterDot() || name.next() == '(' || name.next() == '\'' || name.next() == '"'
          || (!name.quoted() && KEYWORDS.contains(lower));
      if (!notAColumn && !declared.contains(lower) && !unknown.contains(name.text())) unknown.add(name.text());
    }
    return unknown;
  }
}
