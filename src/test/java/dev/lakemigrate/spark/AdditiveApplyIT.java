package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An additive change set (new columns, table comment, property) on real Delta: two commits, and in sync after. */
class AdditiveApplyIT {
  @Test
  void columnsCommentAndPropertyTakeTwoCommitsAndConverge() {
    String schema = SparkTestSession.freshSchema();
    TableName name = TableName.of("spark_catalog", schema, "t");
    SparkTestSession.sql("CREATE TABLE " + name.toSql() + " (id BIGINT) USING DELTA COMMENT 'old'");
    Table declared = Table.builder(name).comment("it's new").column(Column.of("id", PrimitiveType.BIGINT))
        .column(Column.of("note", PrimitiveType.STRING).withComment("added"))
        .column(Column.of("score", PrimitiveType.DOUBLE)).property("bench.stage", "2").build();
    LiveSchemaReader reader = new LiveSchemaReader(new SparkMetadataSource(SparkTestSession.spark()), 2);

    Plan plan = new Planner().plan(new Differ().diff(reader.readTables(List.of(name)), List.of(declared), false),
        EngineDetector.detect(SparkTestSession.spark()), PlanOptions.DEFAULT);
    long before = version(name);
    plan.statements().stream().filter(PlannedStatement::runs).forEach(s -> SparkTestSession.sql(s.sql()));

    assertThat(plan.changes()).hasSize(4);
    assertThat(version(name) - before).as("SET TBLPROPERTIES with the comment, then ADD COLUMNS").isEqualTo(2);
    assertThat(new Differ().diff(reader.readTables(List.of(name)), List.of(declared), false).changes()).isEmpty();
  }

  private static long version(TableName name) {
    Object v = SparkTestSession.runner().query("DESCRIBE HISTORY " + name.toSql() + " LIMIT 1").get(0).get("version");
    return ((Number) v).longValue();
  }
}
