package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Delta refuses to widen a column a CHECK names (DELTA_CONSTRAINT_DEPENDENT_COLUMN_CHANGE); the plan
 * drops the CHECK before the type change and adds it back after, and the rows and the constraint
 * survive.
 */
class WidenUnderCheckIT {

  @Test
  void wideningAColumnThatACheckNamesKeepsTheCheckAndTheRows() {
    assumeTrue(EngineDetector.detect(SparkTestSession.spark()).deltaAtLeast(4, 0), "INT -> BIGINT needs Delta 4");
    MigrationHarness h = new MigrationHarness();
    h.run("CREATE TABLE " + h.table("w").toSql() + " (id BIGINT, amount INT) USING DELTA"
        + " TBLPROPERTIES ('delta.enableTypeWidening' = 'true')");
    h.run("ALTER TABLE " + h.table("w").toSql() + " ADD CONSTRAINT amount_positive CHECK (amount > 0)");
    h.run("INSERT INTO " + h.table("w").toSql() + " VALUES (1, 10), (2, 20), (3, 2147483647)");
    Map<String, Object> before = h.sql.query("SELECT count(*) AS n, sum(CAST(amount AS BIGINT)) AS s FROM "
        + h.table("w").toSql()).get(0);

    Table declared = h.declared("w").toBuilder()
        .columns(List.of(Column.of("id", PrimitiveType.BIGINT), Column.of("amount", PrimitiveType.BIGINT)))
        .build();
    Plan plan = h.plan(List.of(declared), PlanOptions.DEFAULT);
    assertThat(plan.blocked()).isFalse();
    assertThat(plan.statements()).extracting(s -> s.sql().replaceAll("`[^`]*`\\.`[^`]*`\\.", ""))
        .containsExactly(
            "ALTER TABLE `w` DROP CONSTRAINT IF EXISTS `amount_positive`",
            "ALTER TABLE `w` ALTER COLUMN `amount` TYPE BIGINT",
            "ALTER TABLE `w` ADD CONSTRAINT `amount_positive` CHECK (amount > 0)");

    h.executor().apply(plan, h.context(), () -> h.plan(List.of(declared), PlanOptions.DEFAULT));

    assertThat(h.plan(List.of(declared), PlanOptions.DEFAULT).inSync()).isTrue();
    assertThat(h.live("w").column("amount").orElseThrow().type()).isEqualTo(PrimitiveType.BIGINT);
    assertThat(h.live("w").checks()).containsExactly(new CheckConstraint("amount_positive", "amount > 0"));
    assertThat(h.sql.query("SELECT count(*) AS n, sum(CAST(amount AS BIGINT)) AS s FROM " + h.table("w").toSql())
        .get(0)).isEqualTo(before);
  }
}
