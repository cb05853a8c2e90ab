package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.AddCheck;
import dev.lakemigrate.diff.SchemaChange.AddColumn;
import dev.lakemigrate.diff.SchemaChange.ChangeColumnType;
import dev.lakemigrate.diff.SchemaChange.ChangeNullability;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.PreflightCheck.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data checks a plan needs before its first DDL, one count query per change that can fail on
 * existing rows. Pure: the queries run later, through the SqlRunner.
 *
 * <ul>
 *   <li>tightening a top-level column to NOT NULL: {@code count(*) WHERE c IS NULL};
 *   <li>a NOT NULL column added with a backfill (or default): rows the backfill expression leaves NULL;
 *   <li>adding a CHECK to an existing table: {@code count(*) WHERE NOT coalesce((expr), false)}: Delta's
 *       {@code ADD CONSTRAINT} counts a row whose expression is NULL as violating (checked on Delta 4.4:
 *       {@code amount > 0} with one NULL amount fails with DELTA_NEW_CHECK_CONSTRAINT_VIOLATION, 1 row);
 *   <li>a type change that is not a widening (a cast rewrite): non-NULL values {@code try_cast} turns NULL.
 * </ul>
 *
 * Only tables that exist live are checked (a new table has no rows). Nested fields are not checked:
 * their NULLs depend on the parent's, and Delta itself refuses what does not hold.
 */
public final class PreflightPlanner {

  public List<PreflightCheck> checks(List<PlannedChange> changes, PlanContext ctx) {
    List<PreflightCheck> out = new ArrayList<>();
    for (PlannedChange p : changes) {
      SchemaChange c = p.change();
      if (ctx.live(c.table()).isEmpty()) continue;
      checkFor(c, ctx).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static Optional<PreflightCheck> checkFor(SchemaChange c, PlanContext ctx) {
    TableName t = c.table();
    if (c instanceof ChangeNullability x && !x.nullable() && !x.path().isNested()) {
      String col = x.path().column();
      return Optional.of(new PreflightCheck(t, col, Kind.NULLS, "NULLs in column " + col,
          count(t, Sql.quoteIdent(liveName(col, t, ctx)) + " IS NULL"), null));
    }
    if (c instanceof AddColumn x && !x.column().nullable()) {
      Column col = x.column();
      String fill = col.backfill() != null ? col.backfill() : col.defaultExpression();
      if (fill == null) return Optional.empty();
      return Optional.of(new PreflightCheck(t, col.name(), Kind.BACKFILL_NULLS,
          "rows the backfill of column " + col.name() + " (" + fill + ") leaves NULL", count(t, "(" + fill + ") IS NULL"), null));
    }
    if (c instanceof AddCheck x) {
      String expr = x.check().expression();
      return Optional.of(new PreflightCheck(t, null, Kind.CHECK_VIOLATIONS,
          "rows violating CHECK " + x.check().name() + " (" + expr + ")", count(t, "NOT coalesce((" + expr + "), false)"), null));
    }
    if (c instanceof ChangeColumnType x && !x.path().isNested() && !TypeWidening.isWidening(x.from(), x.to(), ctx.engine())) {
      String col = Sql.quoteIdent(liveName(x.path().column(), t, ctx));
      return Optional.of(new PreflightCheck(t, x.path().column(), Kind.FAILED_CASTS,
          "values of column " + x.path() + " that do not cast to " + x.to().toSql(),
          count(t, col + " IS NOT NULL AND try_cast(" + col + " AS " + x.to().toSql() + ") IS NULL"), null));
    }
    return Optional.empty();
  }

  /** The checks run before the DDL: a column this plan renames still has its old name. */
  private static String liveName(String declared, TableName t, PlanContext ctx) {
    return ctx.live(t).flatMap(live -> LiveFields.of(live, ctx).liveColumnName(declared)).orElse(declared);
  }

  private static String count(TableName t, String condition) {
    return "SELECT count(*) AS n FROM " + t.toSql() + " WHERE " + condition;
  }
}
