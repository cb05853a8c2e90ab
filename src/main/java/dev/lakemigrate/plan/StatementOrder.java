package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a diff's statements in execution order and batches them:
 * <ol>
 *   <li>foreign key drops, then primary key drops, of every table (key drops before the changes
 *       that need them: a dropped key column, a changed key);
 *   <li>CREATE TABLEs in declared order, each with its CHECKs, primary key and tags;
 *   <li>per existing table: one SET TBLPROPERTIES (declared properties plus the features later
 *       statements need: column mapping before a rename or drop, allowColumnDefaults before a default,
 *       type widening before a widen; on open-source Delta also a new table comment as {@code 'comment'},
 *       one commit instead of two), CHECK drops, renames, one ADD COLUMNS (then SET DEFAULT,
 *       backfill, SET NOT NULL, tags), column modifications, clustering, CHECK and primary key
 *       adds, table comment, tags, one UNSET TBLPROPERTIES, one DROP COLUMNS last, OPTIMIZE if asked;
 *   <li>every foreign key add (all referenced tables exist by now);
 *   <li>table drops.
 * </ol>
 */
final class StatementOrder {
  private final SqlRenderer renderer;
  private final PlanContext ctx;
  private final PlanOptions options;

  private final Set<TableName> rebuilt;

  StatementOrder(SqlRenderer renderer, PlanContext ctx, PlanOptions options) {
    this(renderer, ctx, options, Set.of());
  }

  /** {@code rebuilt}: tables whose changes all go through one guarded rebuild ({@link RebuildRenderer}). */
  StatementOrder(SqlRenderer renderer, PlanContext ctx, PlanOptions options, Set<TableName> rebuilt) {
    this.renderer = renderer;
    this.ctx = ctx;
    this.options = options;
    this.rebuilt = Set.copyOf(rebuilt);
  }

  List<PlannedStatement> order(List<SchemaChange> changes) {
    List<PlannedStatement> out = new ArrayList<>();
    renderEach(changes, DropForeignKey.class, out);
    renderEach(changes, DropPrimaryKey.class, out);
    List<PlannedStatement> foreignKeys = new ArrayList<>();
    for (SchemaChange c : changes) {
      if (c instanceof CreateTable x) {
        out.addAll(renderer.createTable(x));
        foreignKeys.addAll(renderer.foreignKeysOf(x));
      }
    }
    for (Map.Entry<TableName, List<SchemaChange>> table : alteredTables(changes).entrySet()) {
      TableName t = table.getKey();
      if (rebuilt.contains(t)) {
        out.addAll(renderer.rebuild(ctx.live(t).orElseThrow(), ctx.declared(t).orElseThrow(), table.getValue()));
      } else {
        out.addAll(alter(t, table.getValue()));
      }
    }
    out.addAll(foreignKeys);
    renderEach(changes, AddForeignKey.class, out);
    renderEach(changes, DropTable.class, out);
    renderEach(changes, DropBackup.class, out);
    return out;
  }

  private List<PlannedStatement> alter(TableName t, List<SchemaChange> cs) {
    List<PlannedStatement> out = new ArrayList<>();
    boolean commentFolded = properties(t, cs, out);
    renderEach(cs, DropCheck.class, out);
    renderEach(cs, RenameColumn.class, out);
    List<SchemaChange> adds = only(cs, AddColumn.class, AddField.class);
    if (!adds.isEmpty()) out.addAll(renderer.addColumns(t, adds));
    for (SchemaChange c : only(cs, ChangeColumnType.class, ChangeNullability.class, ChangeColumnComment.class,
        ChangeDefault.class, ChangeGenerated.class, ChangePartitioning.class)) {
      out.addAll(renderer.render(c));
    }
    renderEach(cs, ChangeClustering.class, out);
    renderEach(cs, AddCheck.class, out);
    renderEach(cs, AddPrimaryKey.class, out);
    if (!commentFolded) renderEach(cs, ChangeTableComment.class, out);
    List<SchemaChange> tags = only(cs, SetTag.class, UnsetTag.class);
    if (!tags.isEmpty()) out.addAll(renderer.tags(t, tags));
    List<UnsetProperty> unsets = typed(cs, UnsetProperty.class);
    if (!unsets.isEmpty()) out.add(renderer.unsetProperties(t, unsets));
    List<DropColumn> drops = typed(cs, DropColumn.class);
    if (!drops.isEmpty()) out.add(renderer.dropColumns(t, drops));
    if (options.optimizeAfterClustering()) {
      typed(cs, ChangeClustering.class).stream().filter(ctx::clusteringTakesEffect).findFirst()
          .ifPresent(c -> out.add(renderer.optimize(t, c)));
    }
    return out;
  }

  /**
   * One SET TBLPROPERTIES: declared values, then {@code delta.feature.*} that later statements need.
   * When there is one anyway, a new (non-null) table comment rides along as {@code 'comment'} on
   * open-source Delta (verified on Delta 4.4: it sets the table comment, in the same commit); Databricks
   * keeps COMMENT ON TABLE until that is verified on Unity Catalog. Returns whether it took the comment.
   */
  private boolean properties(TableName t, List<SchemaChange> cs, List<PlannedStatement> out) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<SchemaChange> sources = new LinkedHashSet<>();
    for (SetProperty p : typed(cs, SetProperty.class)) {
      values.put(p.key(), p.to());
      sources.add(p);
    }
    for (SchemaChange c : cs) {
      for (String feature : ctx.missingFeatures(t, Features.neededBy(c))) {
        String key = "delta.feature." + feature;
        if (values.keySet().stream().noneMatch(key::equalsIgnoreCase)) values.put(key, "supported");
        sources.add(c);
      }
    }
    if (values.isEmpty()) return false;
    ChangeTableComment comment = typed(cs, ChangeTableComment.class).stream().findFirst().orElse(null);
    boolean fold = comment != null && comment.to() != null && !ctx.engine().isDatabricks()
        && values.keySet().stream().noneMatch("comment"::equalsIgnoreCase);
    if (fold) {
      values.put("comment", comment.to());
      sources.add(comment);
    }
    out.add(renderer.setProperties(t, values, List.copyOf(sources)));
    return fold;
  }

  /** Tables with changes other than create, key drops, foreign key adds and drops, in first-seen order. */
  private static Map<TableName, List<SchemaChange>> alteredTables(List<SchemaChange> changes) {
    Map<TableName, List<SchemaChange>> out = new LinkedHashMap<>();
    for (SchemaChange c : changes) {
      if (c instanceof CreateTable || c instanceof DropTable || c instanceof DropBackup || c instanceof DropForeignKey
          || c instanceof DropPrimaryKey || c instanceof AddForeignKey) continue;
      out.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private void renderEach(List<SchemaChange> cs, Class<? extends SchemaChange> kind, List<PlannedStatement> out) {
    for (SchemaChange c : cs) {
      if (kind.isInstance(c)) out.addAll(renderer.render(c));
    }
  }

  @SafeVarargs
  private static List<SchemaChange> only(List<SchemaChange> cs, Class<? extends SchemaChange>... kinds) {
    return cs.stream().filter(c -> { for (Class<?> k : kinds) if (k.isInstance(c)) return true; return false; }).toList();
  }

  private static <T extends SchemaChange> List<T> typed(List<SchemaChange> cs, Class<T> kind) {
    return cs.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
