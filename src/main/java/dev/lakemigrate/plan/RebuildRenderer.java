package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.CreateTable;
import dev.lakemigrate.error.RebuildErrors;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.Backups;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The guarded rebuild of one table, for what Delta cannot change in place:
 * <ol>
 *   <li>{@code DROP TABLE IF EXISTS} the copy a failed earlier rebuild may have left;
 *   <li>{@code CREATE TABLE _lm_new_<t>} with the full declared definition, then its CHECKs (so the copy
 *       enforces them);
 *   <li>{@code INSERT INTO … (columns) SELECT} with an explicit {@code CAST} per changed type (structs
 *       rebuilt by field name, see {@link ValueProjection}), the backfill (or default) for new columns,
 *       the old name for a {@code renamed_from} of a column or a nested field;
 *   <li>a verification query that raises an error unless the row count and, per cast column, the count
 *       of non-NULL values are the same in the copy: a mismatch stops the run before the swap;
 *   <li>{@code RENAME} the original to {@code _lm_backup_<t>_<hash>}, the copy to the table's name.
 * </ol>
 * Both helper names start with {@code _}, so the differ never reports or drops them. Names are
 * two-part in {@code RENAME TO} (Spark wants that). The backup suffix is derived from the live and
 * declared definitions, so the plan is deterministic.
 */
final class RebuildRenderer {
  private final Statements s;
  private final CreateTableRenderer creates;

  RebuildRenderer(Statements statements) {
    this.s = statements;
    this.creates = new CreateTableRenderer(statements);
  }

  static TableName copyOf(TableName t) {
    return TableName.of(t.catalog(), t.schema(), "_lm_new_" + t.name());
  }

  static TableName backupOf(Table live, Table declared) {
    return Backups.nameFor(live.name(), shortHash(live + "|" + declared));
  }

  List<PlannedStatement> rebuild(Table live, Table declared, List<SchemaChange> sources) {
    TableName t = live.name();
    TableName copy = copyOf(t);
    List<PlannedStatement> out = new ArrayList<>();
    out.add(s.runs(t, "DROP TABLE IF EXISTS " + copy.toSql(), "Drop a copy an earlier failed rebuild left.", sources));
    Table target = declared.toBuilder().name(copy).build();
    for (PlannedStatement created : creates.create(new CreateTable(target))) {
      out.add(new PlannedStatement(t, created.sql(), "Create the rebuilt table " + copy + " as declared.", sources,
          created.skipReason()));
    }
    List<Column> copied = declared.columns().stream().filter(c -> c.generated() == null).toList();
    out.add(s.runs(t, insertSql(live, copy, copied), "Copy every row with explicit casts.", sources));
    out.add(s.runs(t, verifySql(live, copy, copied), "Verify the copy before the swap.", sources));
    TableName backup = backupOf(live, declared);
    out.add(s.runs(t, Statements.alter(t) + "RENAME TO " + twoPart(backup), "Keep the original as " + backup + ".", sources));
    out.add(s.runs(t, Statements.alter(copy) + "RENAME TO " + twoPart(t), "Put the rebuilt table in place.", sources));
    return out;
  }

  private static String insertSql(Table live, TableName copy, List<Column> columns) {
    String names = columns.stream().map(c -> Sql.quoteIdent(c.name())).collect(Collectors.joining(", "));
    String values = columns.stream().map(c -> valueOf(live, c) + " AS " + Sql.quoteIdent(c.name()))
        .collect(Collectors.joining(", "));
    return "INSERT INTO " + copy.toSql() + " (" + names + ")\nSELECT " + values + "\nFROM " + live.name().toSql();
  }

  /**
   * The value a declared column takes from the live row: the same (or renamed-from) column, carried into
   * its declared type by {@link ValueProjection} (structs by field name, honouring nested renames).
   */
  private static String valueOf(Table live, Column declared) {
    Optional<Column> source = sourceOf(live, declared);
    if (source.isEmpty()) {
      String fill = declared.backfill() != null ? declared.backfill() : declared.defaultExpression();
      return "CAST(" + (fill == null ? "NULL" : "(" + fill + ")") + " AS " + declared.type().toSql() + ")";
    }
    return ValueProjection.project(Sql.quoteIdent(source.get().name()), source.get().type(), declared.type(),
        FieldPath.of(declared.name()), declared.fieldRenames());
  }

  private static Optional<Column> sourceOf(Table live, Column declared) {
    Optional<Column> same = live.column(declared.name());
    if (same.isPresent() || declared.renamedFrom() == null) return same;
    return live.column(declared.renamedFrom());
  }

  /** Raises an error unless the copy has as many rows, and as many non-NULL values in each cast column. */
  private static String verifySql(Table live, TableName copy, List<Column> columns) {
    List<String> pairs = new ArrayList<>();
    pairs.add("(SELECT count(*) FROM " + live.name().toSql() + ") <> (SELECT count(*) FROM " + copy.toSql() + ")");
    for (Column c : columns) {
      Optional<Column> source = sourceOf(live, c);
      if (source.isEmpty() || source.get().type().equals(c.type())) continue;
      pairs.add("(SELECT count(" + Sql.quoteIdent(source.get().name()) + ") FROM " + live.name().toSql() + ") <> (SELECT count("
          + Sql.quoteIdent(c.name()) + ") FROM " + copy.toSql() + ")");
    }
    return "SELECT raise_error(" + Sql.quoteString(RebuildErrors.copyMismatch(live.name(), copy)) + ") AS mismatch\nWHERE "
        + String.join("\n   OR ", pairs);
  }

  private static String twoPart(TableName t) {
    return Sql.quoteIdent(t.schema()) + "." + Sql.quoteIdent(t.name());
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
