package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.AddColumn;
import dev.lakemigrate.error.PlanErrors;
import dev.lakemigrate.error.RebuildErrors;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which tables go through a guarded rebuild and what that does to their verdicts. A table is
 * rebuilt when the user allows it ({@link PlanOptions#rebuildTables}: its name, its full name, or
 * {@code *}, from {@code --allow-rebuild}, {@code plan.rebuild-tables} or the declaration's
 * {@code allow_rebuild: true}), it exists live and is declared, and one of its changes is one Delta cannot make in
 * place but a rebuild can: a type change that is not a widening (or without type widening),
 * partitioning, an identity or generated column added, tightening or adding a NOT NULL column on
 * open-source Delta. Those changes become {@code LM122} (safe: the original is kept as a backup); a NOT
 * NULL column without a default or backfill stays refused ({@code LM311}). A rebuildable change of a
 * table the user has not allowed keeps its verdict, and its fix says how to allow the rebuild.
 */
final class RebuildSelector {
  static final Set<String> REBUILDABLE = Set.of(Codes.TYPE_NOT_WIDENING, Codes.WIDEN_WITHOUT_TYPE_WIDENING,
      Codes.CHANGE_PARTITIONING, Codes.ADD_GENERATED_COLUMN, Codes.SET_NOT_NULL_UNSUPPORTED,
      Codes.ADD_NOT_NULL_COLUMN_UNSUPPORTED);

  private final PlanOptions options;
  private final PlanContext ctx;

  RebuildSelector(PlanOptions options, PlanContext ctx) {
    this.options = options;
    this.ctx = ctx;
  }

  Set<TableName> select(List<PlannedChange> changes) {
    Set<TableName> out = new LinkedHashSet<>();
    for (PlannedChange p : changes) {
      TableName t = p.change().table();
      if (REBUILDABLE.contains(p.classification().code()) && allowed(t)) out.add(t);
    }
    return out;
  }

  /** The verdicts with the rebuilt tables' rebuildable changes turned into LM122. */
  List<PlannedChange> reclassify(List<PlannedChange> changes, Set<TableName> rebuilt) {
    List<PlannedChange> out = new ArrayList<>();
    for (PlannedChange p : changes) {
      Classification c = p.classification();
      TableName t = p.change().table();
      if (!REBUILDABLE.contains(c.code())) {
        out.add(p);
      } else if (!rebuilt.contains(t)) {
        out.add(rebuildable(t) ? new PlannedChange(p.change(), withRebuildHint(c, t)) : p);
      } else {
        out.add(new PlannedChange(p.change(), rebuiltVerdict(p.change(), c)));
      }
    }
    return out;
  }

  private static Classification rebuiltVerdict(SchemaChange change, Classification c) {
    if (change instanceof AddColumn a && missingFill(a.column())) {
      return new Classification(Risk.UNSUPPORTED, Codes.ADD_NOT_NULL_WITHOUT_BACKFILL,
          PlanErrors.cannotAddNotNullWithoutBackfill(a.table(), a.column().name()), PlanErrors.FIX_BACKFILL, List.of());
    }
    return new Classification(Risk.SAFE, Codes.REBUILD_TABLE, RebuildErrors.rebuiltBy(ChangeDescriber.describe(change)),
        null, c.enabledFeatures());
  }

  private static boolean missingFill(Column col) {
    return !col.nullable() && col.backfill() == null && col.defaultExpression() == null;
  }

  /** The verdict with the rebuild opt-in added to its fix (and to the message, which ends with the fix). */
  private static Classification withRebuildHint(Classification c, TableName t) {
    String fix = RebuildErrors.fixOrAllowRebuild(c.fix(), t);
    String message = c.message();
    if (c.fix() != null && message.endsWith(c.fix() + ".")) {
      message = message.substring(0, message.length() - c.fix().length() - 1) + fix + ".";
    } else {
      message = message + " " + fix + ".";
    }
    return new Classification(c.risk(), c.code(), message, fix, c.enabledFeatures());
  }

  private boolean rebuildable(TableName t) {
    return ctx.live(t).isPresent() && ctx.declared(t).isPresent();
  }

  private boolean allowed(TableName t) {
    if (!rebuildable(t)) return false;
    for (String name : options.rebuildTables()) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.equals("*") || n.equals(t.name()) || n.equals(t.toString())) return true;
    }
    return false;
  }
}
