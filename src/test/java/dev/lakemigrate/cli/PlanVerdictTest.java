package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.Risk;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanVerdictTest {
  private static final TableName USERS = TableName.of("main", "sales", "users");
  private static final TableName ORDERS = TableName.of("main", "sales", "orders");
  private static final Engine ENGINE = Engine.openSourceDelta(4, 4);

  private static PlannedChange change(SchemaChange c, Risk risk, String code, String message) {
    return new PlannedChange(c, new Classification(risk, code, message, null, List.of()));
  }

  private static final PlannedChange ADD_EMAIL = change(
      new SchemaChange.AddColumn(USERS, Column.of("email", PrimitiveType.STRING)), Risk.SAFE, "LM100", "Add column email STRING");
  private static final PlannedChange DROP_NOTE = change(
      new SchemaChange.DropColumn(ORDERS, FieldPath.of("note"), PrimitiveType.STRING), Risk.DESTRUCTIVE, "LM201", "Drop column note");

  private static Plan plan(List<PlannedChange> changes, List<String> blockers) {
    return new Plan(ENGINE, changes, List.of(), List.of(), blockers, List.of());
  }

  @Test
  void inSyncIsZeroWithOrWithoutDetailedExitCode() {
    Plan empty = plan(List.of(), List.of());
    assertThat(PlanVerdict.of(empty, false, false)).isZero();
    assertThat(PlanVerdict.of(empty, true, true)).isZero();
  }

  @Test
  void pendingChangesAreTwoOnlyWithDetailedExitCode() {
    Plan pending = plan(List.of(ADD_EMAIL), List.of());
    assertThat(PlanVerdict.of(pending, false, false)).isZero();
    assertThat(PlanVerdict.of(pending, false, true)).isEqualTo(2);
  }

  @Test
  void aRefusedPlanFails() {
    Plan refused = plan(List.of(DROP_NOTE), List.of("main.sales.orders: Drop column note needs --allow-destructive"));
    assertThatThrownBy(() -> PlanVerdict.of(refused, false, true))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REFUSED);
          assertThat(e.code().exitCode()).isEqualTo(1);
          assertThat(e.getMessage()).startsWith("Cannot apply plan: it is refused for 1 reason and nothing was executed.")
              .endsWith(System.lineSeparator() + "- main.sales.orders: Drop column note needs --allow-destructive");
        });
  }

  @Test
  void failOnDriftNamesEachDriftedTableAndChange() {
    Plan drifted = plan(List.of(ADD_EMAIL, DROP_NOTE), List.of());
    assertThatThrownBy(() -> PlanVerdict.of(drifted, true, false))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.DRIFT);
          assertThat(e.code().exitCode()).isEqualTo(1);
          assertThat(e.getMessage()).startsWith("Cannot confirm the tables match their declarations: 2 tables drifted"
              + " (2 changes).");
          assertThat(e.problems()).containsExactly(
              "main.sales.users: Add column email STRING [LM100]",
              "main.sales.orders: Drop column note [LM201]");
        });
    assertThat(PlanVerdict.of(plan(List.of(), List.of()), true, false)).isZero();
  }

  @Test
  void aMessageThatNamesTheTableIsNotPrefixedAgain() {
    PlannedChange named = change(new SchemaChange.DropColumn(USERS, FieldPath.of("hand_added"), PrimitiveType.STRING),
        Risk.DESTRUCTIVE, "LM201", "Drop column hand_added of main.sales.users: its data is lost.");
    assertThat(PlanVerdict.describe(named)).isEqualTo("Drop column hand_added of main.sales.users: its data is lost. [LM201]");
  }
}
