package dev.lakemigrate.plan;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.name;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.diff.SchemaChange.AddColumn;
import dev.lakemigrate.diff.SchemaChange.DropBackup;
import dev.lakemigrate.diff.SchemaChange.DropColumn;
import dev.lakemigrate.model.Backups;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backups a guarded rebuild kept: named, diffed as {@link DropBackup}, reported, dropped only with the opt-in. */
class BackupPlanTest {
  private static final TableName ORDERS = name("orders");
  private static final TableName BACKUP = name("_lm_backup_orders_1a2b3c4d");
  private static final String NOTE = "Backup main.sales._lm_backup_orders_1a2b3c4d of main.sales.orders is"
      + " kept (a guarded rebuild left it). Run apply --allow-destructive to drop it.";
  private static final PlanOptions DESTRUCTIVE = new PlanOptions(true, Set.of(), false);

  private final Table orders = table("orders", col("id", BIGINT)).build();

  private Plan plan(Table declared, PlanOptions options) {
    Diff diff = new Differ().diff(List.of(orders), List.of(declared), false, List.of(BACKUP));
    return new Planner().plan(diff, DELTA_44, options);
  }

  @Test
  void aBackupNameSaysWhichTableItKeeps() {
    assertThat(Backups.nameFor(ORDERS, "1a2b3c4d")).isEqualTo(BACKUP);
    assertThat(Backups.originalOf(name("_lm_backup_my_orders_1a2b3c4d"))).contains(name("my_orders"));
    assertThat(Backups.originalOf(name("_lm_new_orders"))).isEqualTo(Optional.empty());
    assertThat(Backups.originalOf(name("_lm_backup_"))).isEqualTo(Optional.empty());
    assertThat(Backups.originalOf(ORDERS)).isEqualTo(Optional.empty());
  }

  @Test
  void theDifferEmitsOneDropBackupPerListedBackupAfterEveryOtherChange() {
    Table declared = table("orders", col("id", BIGINT), col("note", STRING)).build();
    Diff diff = new Differ().diff(List.of(orders), List.of(declared), false, List.of(BACKUP, name("_lm_new_x")));
    assertThat(diff.changes()).containsExactly(new AddColumn(ORDERS, col("note", STRING)), new DropBackup(BACKUP, ORDERS));
    assertThat(diff.unmanaged()).isEmpty();
  }

  @Test
  void droppingABackupIsDestructive() {
    Classification c = new Classifier().classify(new DropBackup(BACKUP, ORDERS),
        new PlanContext(new Diff(List.of(), List.of()), DELTA_44));
    assertThat(c.risk()).isEqualTo(Risk.DESTRUCTIVE);
    assertThat(c.code()).isEqualTo("LM204");
    assertThat(c.message()).isEqualTo("Drop backup main.sales._lm_backup_orders_1a2b3c4d of main.sales.orders:"
        + " the rows it kept from before the rebuild are lost.");
  }

  @Test
  void withoutTheOptInABackupIsReportedAndLeftAloneWithoutBlockingThePlan() {
    Plan plan = plan(orders, PlanOptions.DEFAULT);
    assertThat(plan.inSync()).isTrue();
    assertThat(plan.blocked()).isFalse();
    assertThat(plan.statements()).isEmpty();
    assertThat(plan.notes()).containsExactly(NOTE);
  }

  @Test
  void withoutTheOptInOtherDestructiveChangesStillBlockButTheBackupDoesNot() {
    Table declared = table("orders").build();
    Plan plan = plan(declared, PlanOptions.DEFAULT);
    assertThat(plan.changes()).extracting(PlannedChange::change).singleElement().isInstanceOf(DropColumn.class);
    assertThat(plan.blockers()).singleElement().satisfies(b -> assertThat(b).contains("drop column id").doesNotContain("_lm_backup_"));
    assertThat(plan.notes()).contains(NOTE);
  }

  @Test
  void withTheOptInTheBackupIsDropped() {
    Plan plan = plan(orders, DESTRUCTIVE);
    assertThat(plan.blocked()).isFalse();
    assertThat(plan.changes()).extracting(p -> p.classification().code()).containsExactly("LM204");
    assertThat(plan.statements()).extracting(PlannedStatement::sql)
        .containsExactly("DROP TABLE `main`.`sales`.`_lm_backup_orders_1a2b3c4d`");
    assertThat(plan.notes()).doesNotContain(NOTE);
  }
}
