package dev.lakemigrate.plan;

import dev.lakemigrate.error.PlanErrors;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.TableName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small pieces shared by the renderers: statement construction, skip reasons, quoted lists. */
final class Statements {
  static final String KEYS_PRIMARY = PlanErrors.SKIP_PRIMARY_KEY;
  static final String KEYS_FOREIGN = PlanErrors.SKIP_FOREIGN_KEY;
  static final String TAGS = PlanErrors.SKIP_TAGS;
  static final String SET_NOT_NULL = PlanErrors.SKIP_SET_NOT_NULL;
  static final String CLUSTER_AUTO = PlanErrors.SKIP_CLUSTER_AUTO;
  static final String GENERATED = PlanErrors.SKIP_GENERATED;

  private final Engine engine;

  Statements(Engine engine) {
    this.engine = engine;
  }

  PlannedStatement runs(TableName table, String sql, List<? extends SchemaChange> sources) {
    return new PlannedStatement(table, sql, comment(sources), List.copyOf(sources), null);
  }

  PlannedStatement runs(TableName table, String sql, String comment, List<? extends SchemaChange> sources) {
    return new PlannedStatement(table, sql, comment, List.copyOf(sources), null);
  }

  /** A statement that runs only when {@code supported}; otherwise shown with the reason. */
  PlannedStatement runsIf(boolean supported, String reason, TableName table, String sql,
      List<? extends SchemaChange> sources) {
    String skip = supported ? null : PlanErrors.skippedOn(engine.describe(), reason);
    return new PlannedStatement(table, sql, comment(sources), List.copyOf(sources), skip);
  }

  Engine engine() {
    return engine;
  }

  static String alter(TableName table) {
    return "ALTER TABLE " + table.toSql() + " ";
  }

  static String alterColumn(TableName table, FieldPath path) {
    return alter(table) + "ALTER COLUMN " + path.toSql() + " ";
  }

  static String idents(Collection<String> names) {
    return names.stream().map(Sql::quoteIdent).collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code ('k' = 'v', …)}. */
  static String pairs(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> Sql.quoteString(e.getKey()) + " = " + Sql.quoteString(e.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code ('k1', 'k2')}. */
  static String keys(Collection<String> keys) {
    return keys.stream().map(Sql::quoteString).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String comment(List<? extends SchemaChange> sources) {
    return sources.stream().map(ChangeDescriber::describe).distinct().collect(Collectors.joining(" "));
  }
}
