package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
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
 * Databricks SQL for changes. Every identifier goes through {@link Sql#quoteIdent}, every literal
 * through {@link Sql#quoteString}, table names through {@link TableName#toSql()}; expressions
 * (defaults, CHECKs, backfills) are the declaration's SQL, validated by the loader as one expression.
 *
 * <p>A statement the engine cannot run (keys, tags, SET NOT NULL, CLUSTER BY AUTO on open-source
 * Delta) carries a skip reason and is shown, never run. {@link #render} renders one change alone;
 * the batch methods render what the planner groups (one ADD COLUMNS, one DROP COLUMNS, one SET and
 * one UNSET TBLPROPERTIES per table). Partitioning and generation changes have no in-place SQL and
 * render to nothing.
 */
public final class SqlRenderer {
  private final Statements s;
  private final CreateTableRenderer creates;

  public SqlRenderer(Engine engine) {
    this.s = new Statements(engine);
    this.creates = new CreateTableRenderer(s);
  }

  public List<PlannedStatement> render(SchemaChange c) {
    TableName t = c.table();
    if (c instanceof CreateTable x) {
      List<PlannedStatement> out = new ArrayList<>(createTable(x));
      out.addAll(foreignKeysOf(x));
      return out;
    }
    if (c instanceof DropTable x) return one(s.runs(t, "DROP TABLE " + t.toSql(), List.of(x)));
    if (c instanceof DropBackup x) return one(s.runs(t, "DROP TABLE " + t.toSql(), List.of(x)));
    if (c instanceof ChangeTableComment x) {
      String text = x.to() == null ? "NULL" : Sql.quoteString(x.to());
      return one(s.runs(t, "COMMENT ON TABLE " + t.toSql() + " IS " + text, List.of(x)));
    }
    if (c instanceof SetProperty x) return one(setProperties(t, Map.of(x.key(), x.to()), List.of(x)));
    if (c instanceof UnsetProperty x) return one(unsetProperties(t, List.of(x)));
    if (c instanceof SetTag || c instanceof UnsetTag) return tags(t, List.of(c));
    if (c instanceof ChangeClustering x) return one(clustering(x));
    if (c instanceof ChangePartitioning || c instanceof ChangeGenerated) return List.of();
    if (c instanceof AddColumn || c instanceof AddField) return addColumns(t, List.of(c));
    if (c instanceof DropColumn x) return one(dropColumns(t, List.of(x)));
    if (c instanceof RenameColumn x) {
      return one(s.runs(t, Statements.alter(t) + "RENAME COLUMN " + x.path().toSql() + " TO " + Sql.quoteIdent(x.newName()),
          List.of(x)));
    }
    if (c instanceof ChangeColumnType x) {
      return one(s.runs(t, Statements.alterColumn(t, x.path()) + "TYPE " + x.to().toSql(), List.of(x)));
    }
    if (c instanceof ChangeNullability x) return one(nullability(t, x.path(), x.nullable(), List.of(x)));
    if (c instanceof ChangeColumnComment x) {
      String text = Sql.quoteString(x.to() == null ? "" : x.to());
      return one(s.runs(t, Statements.alterColumn(t, x.path()) + "COMMENT " + text, List.of(x)));
    }
    if (c instanceof ChangeDefault x) {
      String tail = x.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + x.to();
      return one(s.runs(t, Statements.alterColumn(t, FieldPath.of(x.column())) + tail, List.of(x)));
    }
    if (c instanceof AddCheck x) return one(s.runs(t, addCheckSql(t, x.check()), List.of(x)));
    if (c instanceof DropCheck x) return one(s.runs(t, dropConstraintSql(t, x.check().name()), List.of(x)));
    if (c instanceof AddPrimaryKey x) {
      return one(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_PRIMARY, t, addPrimaryKeySql(t, x.key()), List.of(x)));
    }
    if (c instanceof DropPrimaryKey x) {
      return one(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_PRIMARY, t, dropConstraintSql(t, x.key().name()),
          List.of(x)));
    }
    if (c instanceof AddForeignKey x) {
      return one(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_FOREIGN, t, addForeignKeySql(t, x.key()), List.of(x)));
    }
    if (c instanceof DropForeignKey x) {
      return one(s.runsIf(s.engine().supportsKeys(), Statements.KEYS_FOREIGN, t, dropConstraintSql(t, x.key().name()),
          List.of(x)));
    }
    throw new IllegalStateException("Unhandled change: " + c);
  }

  /** CREATE TABLE with its CHECKs, primary key and tags; foreign keys come from {@link #foreignKeysOf}. */
  public List<PlannedStatement> createTable(CreateTable c) {
    return creates.create(c);
  }

  /** The guarded rebuild of a table: every change of it in one create-copy-verify-swap. */
  public List<PlannedStatement> rebuild(Table live, Table declared, List<SchemaChange> sources) {
    return new RebuildRenderer(s).rebuild(live, declared, sources);
  }

  public List<PlannedStatement> foreignKeysOf(CreateTable c) {
    return creates.foreignKeys(c);
  }

  /**
   * One {@code ADD COLUMNS} for every new column and nested field of a table, then per new column:
   * {@code SET DEFAULT} (Delta refuses DEFAULT in ADD COLUMNS), the backfill {@code UPDATE} and
   * {@code SET NOT NULL} of a NOT NULL column, and its tags.
   */
  public List<PlannedStatement> addColumns(TableName t, List<SchemaChange> adds) {
    List<PlannedStatement> out = new ArrayList<>();
    String defs = adds.stream().map(SqlRenderer::addDefinition).collect(Collectors.joining(", "));
    out.add(s.runs(t, Statements.alter(t) + "ADD COLUMNS (" + defs + ")", adds));
    for (SchemaChange c : adds) {
      if (c instanceof AddColumn a && a.column().defaultExpression() != null) {
        out.add(s.runs(t, Statements.alterColumn(t, FieldPath.of(a.column().name())) + "SET DEFAULT "
            + a.column().defaultExpression(), List.of(a)));
      }
    }
    for (SchemaChange c : adds) {
      if (c instanceof AddColumn a && !a.column().nullable()) out.addAll(tighten(t, a));
    }
    for (SchemaChange c : adds) {
      if (c instanceof AddColumn a && !a.column().tags().isEmpty()) {
        Map<String, String> tags = new LinkedHashMap<>(a.column().tags());
        tags.values().removeIf(v -> v == null);
        out.add(s.runsIf(s.engine().supportsTags(), Statements.TAGS, t, Statements.alterColumn(t,
            FieldPath.of(a.column().name())) + "SET TAGS " + Statements.pairs(tags), List.of(a)));
      }
    }
    return out;
  }

  public PlannedStatement dropColumns(TableName t, List<DropColumn> drops) {
    String paths = drops.stream().map(d -> d.path().toSql()).collect(Collectors.joining(", ", "(", ")"));
    return s.runs(t, Statements.alter(t) + "DROP COLUMNS " + paths, drops);
  }

  /** One SET TBLPROPERTIES; {@code sources} are the changes that set or need the properties. */
  public PlannedStatement setProperties(TableName t, Map<String, String> properties, List<SchemaChange> sources) {
    List<String> comment = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (SchemaChange c : sources) {
      if (c instanceof SetProperty p) {
        comment.add(ChangeDescriber.describe(p));
        declared.add(p.key());
      } else if (c instanceof ChangeTableComment x) {
        comment.add(ChangeDescriber.describe(x));
        declared.add("comment");
      }
    }
    for (String key : properties.keySet()) {
      if (!declared.contains(key)) comment.add("Set " + key + " for the statements that follow.");
    }
    String sql = Statements.alter(t) + "SET TBLPROPERTIES " + Statements.pairs(properties);
    return s.runs(t, sql, String.join(" ", comment), sources);
  }

  public PlannedStatement unsetProperties(TableName t, List<UnsetProperty> unsets) {
    List<String> keys = unsets.stream().map(UnsetProperty::key).toList();
    return s.runs(t, Statements.alter(t) + "UNSET TBLPROPERTIES IF EXISTS " + Statements.keys(keys), unsets);
  }

  /** One SET TAGS and one UNSET TAGS per target (the table, or each column), in first-seen order. */
  public List<PlannedStatement> tags(TableName t, List<SchemaChange> tagChanges) {
    return new TagRenderer(s).render(t, tagChanges);
  }

  public PlannedStatement optimize(TableName t, ChangeClustering source) {
    return s.runs(t, "OPTIMIZE " + t.toSql(), List.of(source));
  }

  private PlannedStatement clustering(ChangeClustering x) {
    Clustering to = x.to();
    String target = to.auto() ? "AUTO" : to.isNone() ? "NONE" : Statements.idents(to.columns());
    return s.runsIf(!to.auto() || s.engine().supportsClusterAuto(), Statements.CLUSTER_AUTO, x.table(),
        Statements.alter(x.table()) + "CLUSTER BY " + target, List.of(x));
  }

  private List<PlannedStatement> tighten(TableName t, AddColumn a) {
    Column col = a.column();
    String fill = col.backfill() != null ? col.backfill() : col.defaultExpression();
    List<PlannedStatement> out = new ArrayList<>();
    if (fill != null) {
      String name = Sql.quoteIdent(col.name());
      out.add(s.runs(t, "UPDATE " + t.toSql() + " SET " + name + " = " + fill + " WHERE " + name + " IS NULL", List.of(a)));
    }
    out.add(nullability(t, FieldPath.of(col.name()), false, List.of(a)));
    return out;
  }

  private PlannedStatement nullability(TableName t, FieldPath path, boolean nullable, List<SchemaChange> sources) {
    String sql = Statements.alterColumn(t, path) + (nullable ? "DROP NOT NULL" : "SET NOT NULL");
    return s.runsIf(nullable || s.engine().supportsSetNotNull(), Statements.SET_NOT_NULL, t, sql, sources);
  }

  private static String addDefinition(SchemaChange c) {
    if (c instanceof AddColumn a) {
      return Sql.quoteIdent(a.column().name()) + " " + a.column().type().toSql() + commentClause(a.column().comment());
    }
    if (c instanceof AddField f) {
      return f.parent().child(f.field().name()).toSql() + " " + f.field().type().toSql() + commentClause(f.field().comment());
    }
    throw new IllegalArgumentException("not an addition: " + c);
  }

  private static String commentClause(String comment) {
    return comment == null ? "" : " COMMENT " + Sql.quoteString(comment);
  }

  static String addCheckSql(TableName t, CheckConstraint check) {
    return Statements.alter(t) + "ADD CONSTRAINT " + Sql.quoteIdent(check.name()) + " CHECK (" + check.expression() + ")";
  }

  static String addPrimaryKeySql(TableName t, PrimaryKey pk) {
    return Statements.alter(t) + "ADD CONSTRAINT " + Sql.quoteIdent(pk.name()) + " PRIMARY KEY "
        + Statements.idents(pk.columns()) + (pk.rely() ? " RELY" : "");
  }

  static String addForeignKeySql(TableName t, ForeignKey fk) {
    return Statements.alter(t) + "ADD CONSTRAINT " + Sql.quoteIdent(fk.name()) + " FOREIGN KEY "
        + Statements.idents(fk.columns()) + " REFERENCES " + fk.refTable().toSql() + " " + Statements.idents(fk.refColumns());
  }

  private static String dropConstraintSql(TableName t, String name) {
    return Statements.alter(t) + "DROP CONSTRAINT IF EXISTS " + Sql.quoteIdent(name);
  }

  private static List<PlannedStatement> one(PlannedStatement statement) {
    return List.of(statement);
  }
}
