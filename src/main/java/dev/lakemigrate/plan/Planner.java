package dev.lakemigrate.plan;

import dev.lakemigrate.error.PlanErrors;
import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.ChangeClustering;
import dev.lakemigrate.diff.SchemaChange.DropBackup;
import dev.lakemigrate.diff.SchemaChange.DropColumn;
import dev.lakemigrate.diff.SchemaChange.DropTable;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.error.BackupErrors;
import dev.lakemigrate.error.RebuildErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies, orders, batches and renders a diff into a plan for one engine. Pure.
 *
 * <p>The plan is blocked by every unsupported change and by every destructive one unless
 * {@link PlanOptions#allowDestructive()}; each blocker says what and how to fix it. Statements the
 * engine cannot run but that only carry Unity Catalog information (keys, tags, CLUSTER BY AUTO) are
 * shown with a skip reason and do not block.
 */
public final class Planner {
  private final Classifier classifier = new Classifier();

  public Plan plan(Diff diff, Engine engine, PlanOptions options) {
    List<DropBackup> backups = backups(diff);
    if (!options.allowDestructive()) diff = withoutBackupDrops(diff);
    PlanContext ctx = new PlanContext(diff, engine);
    List<PlannedChange> classified = new ArrayList<>();
    for (SchemaChange c : diff.changes()) classified.add(new PlannedChange(c, classifier.classify(c, ctx)));
    RebuildSelector rebuilds = new RebuildSelector(options, ctx);
    Set<TableName> rebuilt = rebuilds.select(classified);
    List<PlannedChange> changes = rebuilds.reclassify(classified, rebuilt);
    List<PlannedStatement> statements =
        new StatementOrder(new SqlRenderer(engine), ctx, options, rebuilt).order(diff.changes());
    List<String> notes = new ArrayList<>(notes(ctx, changes));
    for (TableName t : rebuilt) {
      notes.add(RebuildErrors.noteCost(t, RebuildRenderer.backupOf(ctx.live(t).orElseThrow(), ctx.declared(t).orElseThrow())));
    }
    if (!options.allowDestructive()) backups.forEach(b -> notes.add(BackupErrors.noteKept(b.table(), b.original())));
    return new Plan(engine, changes, statements, diff.unmanaged(), blockers(changes, options), notes,
        new PreflightPlanner().checks(changes, ctx));
  }

  private static List<DropBackup> backups(Diff diff) {
    return diff.changes().stream().filter(DropBackup.class::isInstance).map(DropBackup.class::cast).toList();
  }

  /**
   * Without the destructive opt-in a backup is reported and left alone, not a blocker: every plan after
   * a rebuild would otherwise be refused.
   */
  private static Diff withoutBackupDrops(Diff diff) {
    List<SchemaChange> kept = diff.changes().stream().filter(c -> !(c instanceof DropBackup)).toList();
    return new Diff(kept, diff.unmanaged(), diff.live(), diff.declared());
  }

  private static List<String> blockers(List<PlannedChange> changes, PlanOptions options) {
    List<String> out = new ArrayList<>();
    for (PlannedChange p : changes) {
      Classification c = p.classification();
      if (c.risk() == Risk.UNSUPPORTED) out.add(c.code() + " " + c.message());
      if (c.risk() == Risk.DESTRUCTIVE && !options.allowDestructive()) out.add(c.code() + " " + optInMessage(p.change()));
    }
    return out;
  }

  private static String optInMessage(SchemaChange change) {
    if (change instanceof DropColumn d) {
      String what = d.path().isNested() ? "field " : "column ";
      return PlanErrors.cannotWithoutOptIn("drop", what + d.path() + " of " + d.table(), "its data would be lost");
    }
    if (change instanceof DropTable d) {
      return PlanErrors.cannotWithoutOptIn("drop", "table " + d.table(), "the table and its rows would be lost");
    }
    if (change instanceof DropBackup d) {
      return PlanErrors.cannotWithoutOptIn("drop", "backup " + d.table() + " of " + d.original(), "the rows it kept would be lost");
    }
    throw new IllegalStateException("Unhandled destructive change: " + change);
  }

  private static List<String> notes(PlanContext ctx, List<PlannedChange> changes) {
    Diff diff = ctx.diff();
    Set<String> out = new LinkedHashSet<>();
    for (Table declared : diff.declared()) {
      boolean generated = declared.columns().stream().anyMatch(c -> c.generated() != null);
      boolean invisible = diff.liveTable(declared.name()).map(t -> !t.knows(Aspect.GENERATED_COLUMNS)).orElse(false);
      if (generated && invisible) out.add(PlanErrors.noteGenerationInvisible(declared.name()));
    }
    for (PlannedChange p : changes) {
      for (String feature : p.classification().enabledFeatures()) out.add(PlanErrors.noteFeature(p.change().table(), feature));
    }
    for (PlannedChange p : changes) {
      if (p.change() instanceof ChangeClustering c && ctx.clusteringTakesEffect(c)) {
        out.add(PlanErrors.noteOptimizeAfterClustering(c.table()));
      }
    }
    return List.copyOf(out);
  }
}
