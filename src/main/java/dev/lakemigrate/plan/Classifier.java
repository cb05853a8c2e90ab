package dev.lakemigrate.plan;

import dev.lakemigrate.error.ColumnNameErrors;
import dev.lakemigrate.error.NestedRenameErrors;
import dev.lakemigrate.error.PlanErrors;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every change a {@link Risk}, a stable code ({@link Codes}, docs/codes.md), a message, a fix
 * and the table features it enables. Judges each change in its context (the live table, what else the
 * plan declares, the engine): a drop needs column mapping live or declared in the same plan, a
 * widening needs type widening the same way.
 */
public final class Classifier {

  public Classification classify(SchemaChange c, PlanContext ctx) {
    Optional<Classification> badName = nameNeedingColumnMapping(c, ctx);
    if (badName.isPresent()) return badName.get();
    if (c instanceof CreateTable x) return classifyCreate(x, ctx.engine());
    if (c instanceof DropTable x) return destructive(Codes.DROP_TABLE, c);
    if (c instanceof DropBackup) return destructive(Codes.DROP_BACKUP, c);
    if (c instanceof ChangeTableComment) return safe(Codes.CHANGE_TABLE_COMMENT, c);
    if (c instanceof SetProperty x) {
      Set<String> features = Features.enabledBy(x.key(), x.to()).map(Set::of).orElse(Set.of());
      return safe(Codes.SET_PROPERTY, c, ctx.missingFeatures(x.table(), features));
    }
    if (c instanceof UnsetProperty) return safe(Codes.UNSET_PROPERTY, c);
    if (c instanceof SetTag || c instanceof UnsetTag) return safe(Codes.CHANGE_TAG, c);
    if (c instanceof ChangeClustering) return safe(Codes.CHANGE_CLUSTERING, c);
    if (c instanceof ChangePartitioning x) {
      return unsupported(Codes.CHANGE_PARTITIONING, PlanErrors.cannotChangePartitioning(x.table(), x.from(), x.to()),
          PlanErrors.FIX_PARTITIONING);
    }
    if (c instanceof AddColumn x) return classifyAddColumn(x, ctx);
    if (c instanceof AddField x) return classifyAddField(x, ctx);
    if (c instanceof DropColumn x) return classifyDrop(x, ctx);
    if (c instanceof RenameColumn x) return classifyRename(x, ctx);
    if (c instanceof ChangeColumnType x) return classifyType(x, ctx);
    if (c instanceof ChangeNullability x) return classifyNullability(x, ctx.engine());
    if (c instanceof ChangeColumnComment) return safe(Codes.CHANGE_COLUMN_COMMENT, c);
    if (c instanceof ChangeDefault x) return safe(Codes.CHANGE_DEFAULT, c, ctx.missingFeatures(x.table(), Features.neededBy(c)));
    if (c instanceof ChangeGenerated x) {
      return unsupported(Codes.CHANGE_GENERATION, PlanErrors.cannotChangeGeneration(x.table(), x.column(),
          ChangeDescriber.generation(x.from()), ChangeDescriber.generation(x.to())), PlanErrors.FIX_KEEP_GENERATION);
    }
    if (c instanceof AddCheck) return safe(Codes.ADD_CHECK, c);
    if (c instanceof DropCheck) return safe(Codes.DROP_CHECK, c);
    if (c instanceof AddPrimaryKey) return safe(Codes.ADD_PRIMARY_KEY, c);
    if (c instanceof DropPrimaryKey) return safe(Codes.DROP_PRIMARY_KEY, c);
    if (c instanceof AddForeignKey) return safe(Codes.ADD_FOREIGN_KEY, c);
    if (c instanceof DropForeignKey) return safe(Codes.DROP_FOREIGN_KEY, c);
    throw new IllegalStateException("Unhandled change: " + c);
  }

  /** A column or field created or added under a name Delta takes only with column mapping, which the table will not have. */
  private static Optional<Classification> nameNeedingColumnMapping(SchemaChange c, PlanContext ctx) {
    Optional<FieldPath> bad = Optional.empty();
    if (c instanceof CreateTable x) {
      bad = x.definition().columns().stream()
          .flatMap(col -> ColumnNameCharacters.firstInvalid(FieldPath.of(col.name()), col.type()).stream()).findFirst();
    }
    if (c instanceof AddColumn x) bad = ColumnNameCharacters.firstInvalid(FieldPath.of(x.column().name()), x.column().type());
    if (c instanceof AddField x) bad = ColumnNameCharacters.firstInvalid(x.parent().child(x.field().name()), x.field().type());
    if (bad.isEmpty() || ctx.columnMappingAvailable(c.table())) return Optional.empty();
    String verb = c instanceof CreateTable ? "create" : "add to";
    return Optional.of(unsupported(Codes.NAME_NEEDS_COLUMN_MAPPING,
        ColumnNameErrors.cannotUseNameWithoutColumnMapping(verb, c.table(), bad.get()), ColumnNameErrors.fixNameCharacters()));
  }

  private Classification classifyCreate(CreateTable x, Engine engine) {
    boolean generated = x.definition().columns().stream().anyMatch(col -> col.generated() != null);
    if (generated && !engine.supportsGeneratedColumnsInSql()) {
      return unsupported(Codes.CREATE_WITH_GENERATED_UNSUPPORTED,
          PlanErrors.cannotCreateWithGenerated(x.table(), engine.describe()), PlanErrors.FIX_UPGRADE_FOR_GENERATED);
    }
    return safe(Codes.CREATE_TABLE, x, Features.ofNewTable(x.definition()));
  }

  private Classification classifyAddColumn(AddColumn x, PlanContext ctx) {
    Column col = x.column();
    if (col.generated() != null) {
      return unsupported(Codes.ADD_GENERATED_COLUMN, PlanErrors.cannotAddGeneratedColumn(x.table(), col.name()),
          PlanErrors.FIX_GENERATED_ON_EXISTING);
    }
    Set<String> features = ctx.missingFeatures(x.table(), Features.neededBy(x));
    if (col.nullable()) return safe(Codes.ADD_COLUMN, x, features);
    if (!ctx.engine().supportsSetNotNull()) {
      return unsupported(Codes.ADD_NOT_NULL_COLUMN_UNSUPPORTED,
          PlanErrors.cannotAddNotNullColumn(x.table(), col.name(), ctx.engine().describe()), PlanErrors.FIX_NULLABLE_OR_REBUILD);
    }
    if (col.backfill() == null && col.defaultExpression() == null) {
      return unsupported(Codes.ADD_NOT_NULL_WITHOUT_BACKFILL, PlanErrors.cannotAddNotNullWithoutBackfill(x.table(), col.name()),
          PlanErrors.FIX_BACKFILL);
    }
    return safe(Codes.ADD_NOT_NULL_COLUMN, x, features);
  }

  private Classification classifyAddField(AddField x, PlanContext ctx) {
    if (!x.field().nullable()) {
      return unsupported(Codes.ADD_NOT_NULL_FIELD,
          PlanErrors.cannotAddNotNullField(x.table(), x.parent().child(x.field().name())), PlanErrors.FIX_NULLABLE_FIELD);
    }
    return safe(Codes.ADD_FIELD, x, ctx.missingFeatures(x.table(), Features.neededBy(x)));
  }

  private Classification classifyDrop(DropColumn x, PlanContext ctx) {
    if (!x.path().isNested() && staysClustered(x.table(), x.path().column(), ctx)) {
      return unsupported(Codes.DROP_CLUSTERING_COLUMN, PlanErrors.cannotDropClusteringColumn(x.table(), x.path()),
          PlanErrors.FIX_CLUSTERING_FIRST);
    }
    if (!ctx.columnMappingAvailable(x.table())) {
      return unsupported(Codes.DROP_WITHOUT_COLUMN_MAPPING, PlanErrors.cannotDropWithoutColumnMapping(x.table(), x.path()),
          PlanErrors.fixColumnMapping());
    }
    return destructive(x.path().isNested() ? Codes.DROP_FIELD : Codes.DROP_COLUMN, x);
  }

  /** A live clustering column stays one unless this plan changes clustering to leave it out (and runs first). */
  private static boolean staysClustered(TableName table, String column, PlanContext ctx) {
    boolean clustered = ctx.live(table)
        .map(t -> t.clustering().columns().stream().anyMatch(column::equalsIgnoreCase)).orElse(false);
    if (!clustered) return false;
    return ctx.clusteringChange(table)
        .map(change -> change.to().columns().stream().anyMatch(column::equalsIgnoreCase)).orElse(true);
  }

  private Classification classifyRename(RenameColumn x, PlanContext ctx) {
    boolean nested = x.path().isNested();
    boolean targetExists = ctx.live(x.table()).map(t -> LiveFields.of(t, ctx).targetExists(x)).orElse(false);
    if (targetExists) {
      String message = nested ? NestedRenameErrors.cannotRenameFieldOntoExisting(x.table(), x.path(), x.newName())
          : PlanErrors.cannotRenameOntoExisting(x.table(), x.path(), x.newName());
      return unsupported(Codes.RENAME_ONTO_EXISTING, message, PlanErrors.FIX_RENAME_TARGET_EXISTS);
    }
    if (!ctx.columnMappingAvailable(x.table())) {
      String message = nested
          ? NestedRenameErrors.cannotRenameFieldWithoutColumnMapping(x.table(), x.path(), x.newName(), PlanErrors.fixColumnMapping())
          : PlanErrors.cannotRenameWithoutColumnMapping(x.table(), x.path(), x.newName());
      return unsupported(Codes.RENAME_WITHOUT_COLUMN_MAPPING, message, PlanErrors.fixColumnMapping());
    }
    return safe(Codes.RENAME_COLUMN, x);
  }

  private Classification classifyType(ChangeColumnType x, PlanContext ctx) {
    String from = x.from().toSql();
    String to = x.to().toSql();
    if (!TypeWidening.isWidening(x.from(), x.to(), ctx.engine())) {
      return unsupported(Codes.TYPE_NOT_WIDENING,
          PlanErrors.cannotChangeTypeNotWidening(x.table(), x.path(), from, to, ctx.engine().describe()), PlanErrors.FIX_NEW_COLUMN);
    }
    if (!ctx.typeWideningAvailable(x.table())) {
      return unsupported(Codes.WIDEN_WITHOUT_TYPE_WIDENING,
          PlanErrors.cannotWidenWithoutTypeWidening(x.table(), x.path(), from, to), PlanErrors.fixTypeWidening());
    }
    return safe(Codes.WIDEN_TYPE, x, ctx.missingFeatures(x.table(), Features.neededBy(x)));
  }

  private Classification classifyNullability(ChangeNullability x, Engine engine) {
    if (x.nullable()) return safe(Codes.DROP_NOT_NULL, x);
    if (!engine.supportsSetNotNull()) {
      return unsupported(Codes.SET_NOT_NULL_UNSUPPORTED, PlanErrors.cannotSetNotNull(x.table(), x.path(), engine.describe()),
          PlanErrors.FIX_NULLABLE_OR_REBUILD);
    }
    return safe(Codes.SET_NOT_NULL, x);
  }

  private static Classification safe(String code, SchemaChange c) {
    return safe(code, c, Set.of());
  }

  private static Classification safe(String code, SchemaChange c, Set<String> features) {
    String message = ChangeDescriber.describe(c);
    if (!features.isEmpty()) message += " " + PlanErrors.enablesFeatures(features);
    return new Classification(Risk.SAFE, code, message, null, List.copyOf(features));
  }

  private static Classification destructive(String code, SchemaChange c) {
    return new Classification(Risk.DESTRUCTIVE, code, ChangeDescriber.describe(c), PlanErrors.FIX_ALLOW_DESTRUCTIVE, List.of());
  }

  private static Classification unsupported(String code, String message, String fix) {
    return new Classification(Risk.UNSUPPORTED, code, message, fix, List.of());
  }
}
