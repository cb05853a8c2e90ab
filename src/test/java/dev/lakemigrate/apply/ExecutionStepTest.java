package dev.lakemigrate.apply;

import static dev.lakemigrate.report.SamplePlans.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.AddColumn;
import dev.lakemigrate.diff.SchemaChange.ChangeDefault;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.Risk;
import dev.lakemigrate.report.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionStepTest {
  @Test
  void stepsFollowExecutionOrderWithTheCodesTheyCarry() {
    List<ExecutionStep> steps = ExecutionStep.of(SamplePlans.runnable());
    assertThat(steps).extracting(ExecutionStep::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(steps).extracting(ExecutionStep::changeCodes)
        .containsExactly("LM001", "LM110", "LM104", "LM101", "LM104", "LM120", "LM130");
    assertThat(steps).extracting(ExecutionStep::runs).containsExactly(true, true, true, true, true, true, false);
  }

  @Test
  void aStatementCarryingChangesOfSeveralCodesListsEachOnceAndASupportingOneNone() {
    SchemaChange add = new AddColumn(ORDERS, Column.of("a", PrimitiveType.INT));
    SchemaChange add2 = new AddColumn(ORDERS, Column.of("b", PrimitiveType.INT));
    SchemaChange def = new ChangeDefault(ORDERS, "a", null, "0");
    Plan plan = new Plan(SamplePlans.OSS,
        List.of(change(add, "LM101"), change(add2, "LM101"), change(def, "LM104")),
        List.of(new PlannedStatement(ORDERS, "ALTER 1", null, List.of(add, def, add2), null),
            new PlannedStatement(ORDERS, "OPTIMIZE", "apply clustering", List.of(), null)),
        List.of(), List.of(), List.of());
    assertThat(ExecutionStep.of(plan)).extracting(ExecutionStep::changeCodes).containsExactly("LM101,LM104", null);
  }

  private static PlannedChange change(SchemaChange c, String code) {
    return new PlannedChange(c, new Classification(Risk.SAFE, code, "m", null, List.of()));
  }
}
