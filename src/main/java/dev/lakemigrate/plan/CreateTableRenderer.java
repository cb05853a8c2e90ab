package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange.CreateTable;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CREATE TABLE and what must follow it as separate statements: CHECKs (Delta takes them only via
 * ALTER), the primary key, tags, and (rendered apart, after every CREATE) foreign keys. Keys and tags
 * are separate so the CREATE itself still runs on open-source Delta while they are skipped.
 */
final class CreateTableRenderer {
  private final Statements s;

  CreateTableRenderer(Statements statements) {
    this.s = statements;
  }

  /** CREATE TABLE, its CHECKs, primary key, CLUSTER BY AUTO where not in the CREATE, and tags. */
  List<PlannedStatement> create(CreateTable c) {
    Table t = c.definition();
    TableName name = t.name();
    List<CreateTable> src = List.of(c);
    boolean generated = t.columns().stream().anyMatch(col -> col.generated() != null);
    List<PlannedStatement> out = new ArrayList<>();
    out.add(s.runsIf(!generated || s.engine().supportsGeneratedColumnsInSql(), Statements.GENERATED, name,
        createSql(t), src));
    if (t.clustering().auto() && !s.engine().supportsClusterAuto()) {
      out.add(s.runsIf(false, Statements.CLUSTER_AUTO, name, Statements.alter(name) + "CLUSTER BY AUTO", src));
    }
    for (CheckConstraint check : t.checks()) {
      out.add(s.runs(name, SqlRenderer.addCheckSql(name, check), src));
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      out.add(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_PRIMARY, name, SqlRenderer.addPrimaryKeySql(name, pk), src));
    }
    Map<String, String> tableTags = present(t.tags());
    if (!tableTags.isEmpty()) {
      out.add(s.runsIf(s.engine().supportsTags(), Statements.TAGS, name,
          Statements.alter(name) + "SET TAGS " + Statements.pairs(tableTags), src));
    }
    for (Column col : t.columns()) {
      Map<String, String> tags = present(col.tags());
      if (tags.isEmpty()) continue;
      out.add(s.runsIf(s.engine().supportsTags(), Statements.TAGS, name,
          Statements.alter(name) + "ALTER COLUMN " + Sql.quoteIdent(col.name()) + " SET TAGS " + Statements.pairs(tags), src));
    }
    return out;
  }

  /** The table's foreign keys; the planner places them after every CREATE TABLE. */
  List<PlannedStatement> foreignKeys(CreateTable c) {
    TableName name = c.table();
    List<PlannedStatement> out = new ArrayList<>();
    for (ForeignKey fk : c.definition().foreignKeys()) {
      out.add(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_FOREIGN, name, SqlRenderer.addForeignKeySql(name, fk),
          List.of(c)));
    }
    return out;
  }

  private String createSql(Table t) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(t.name().toSql()).append(" (\n");
    sql.append(t.columns().stream().map(col -> "  " + columnSql(col)).collect(Collectors.joining(",\n")));
    sql.append("\n)\nUSING DELTA");
    if (!t.partitionColumns().isEmpty()) sql.append("\nPARTITIONED BY ").append(Statements.idents(t.partitionColumns()));
    if (!t.clustering().columns().isEmpty()) {
      sql.append("\nCLUSTER BY ").append(Statements.idents(t.clustering().columns()));
    } else if (t.clustering().auto() && s.engine().supportsClusterAuto()) {
      sql.append("\nCLUSTER BY AUTO");
    }
    if (t.comment() != null) sql.append("\nCOMMENT ").append(Sql.quoteString(t.comment()));
    Map<String, String> props = properties(t);
    if (!props.isEmpty()) sql.append("\nTBLPROPERTIES ").append(Statements.pairs(props));
    return sql.toString();
  }

  private static String columnSql(Column col) {
    StringBuilder sql = new StringBuilder(Sql.quoteIdent(col.name())).append(' ').append(col.type().toSql());
    if (!col.nullable()) sql.append(" NOT NULL");
    if (col.generated() != null) sql.append(" GENERATED ").append(col.generated().toSql());
    if (col.defaultExpression() != null) sql.append(" DEFAULT ").append(col.defaultExpression());
    if (col.comment() != null) sql.append(" COMMENT ").append(Sql.quoteString(col.comment()));
    return sql.toString();
  }

  /** Declared properties, then the features Delta needs declared for defaults, TIMESTAMP_NTZ, VARIANT. */
  private static Map<String, String> properties(Table t) {
    Map<String, String> props = new LinkedHashMap<>(present(t.properties()));
    for (String feature : Features.declaredOnCreate(t)) {
      String key = "delta.feature." + feature;
      if (props.keySet().stream().noneMatch(key::equalsIgnoreCase)) props.put(key, "supported");
    }
    return props;
  }

  private static Map<String, String> present(Map<String, String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v != null) out.put(k, v);
    });
    return out;
  }
}
