package dev.lakemigrate.plan;

import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_33;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of change goes through the classifier, the describer and the renderer without falling through. */
class ExhaustivenessTest {
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(TableName.class, Models.name("t")),
      Map.entry(Table.class, Models.table("t", Column.of("id", PrimitiveType.INT)).build()),
      Map.entry(Column.class, Column.of("c", PrimitiveType.INT)),
      Map.entry(String.class, "x"),
      Map.entry(FieldPath.class, FieldPath.of("c")),
      Map.entry(DataType.class, PrimitiveType.INT),
      Map.entry(StructField.class, StructField.of("f", PrimitiveType.INT)),
      Map.entry(List.class, List.of("c")),
      Map.entry(Clustering.class, Clustering.of(List.of("c"))),
      Map.entry(Generated.class, new Generated.Identity(true, null, null)),
      Map.entry(CheckConstraint.class, new CheckConstraint("chk", "c > 0")),
      Map.entry(PrimaryKey.class, new PrimaryKey("pk", List.of("c"), false)),
      Map.entry(ForeignKey.class, new ForeignKey("fk", List.of("c"), Models.name("r"), List.of("id"))),
      Map.entry(boolean.class, false));

  @Test
  void everyPermittedChangeIsClassifiedDescribedAndRendered() throws Exception {
    Class<?>[] kinds = SchemaChange.class.getPermittedSubclasses();
    assertThat(kinds).hasSizeGreaterThan(20);
    for (Class<?> kind : kinds) {
      SchemaChange change = sample(kind);
      for (Engine engine : List.of(DATABRICKS, DELTA_44, DELTA_33)) {
        PlanContext ctx = new PlanContext(new Diff(List.of(change), List.of()), engine);
        Classification c = new Classifier().classify(change, ctx);
        assertThat(c.code()).as(kind.getSimpleName()).matches("LM[123]\\d\\d");
        assertThat(c.code().charAt(2)).as("code range of " + c.code() + " matches its risk")
            .isEqualTo(switch (c.risk()) { case SAFE -> '1'; case DESTRUCTIVE -> '2'; case UNSUPPORTED -> '3'; });
        assertThat(c.message()).as(kind.getSimpleName()).isNotBlank().endsWith(".");
        if (c.risk() != Risk.SAFE) assertThat(c.fix()).as(kind.getSimpleName()).isNotBlank();
        List<PlannedStatement> statements = new SqlRenderer(engine).render(change);
        assertThat(statements).allMatch(s -> s.sources().contains(change));
      }
      assertThat(ChangeDescriber.describe(change)).isNotBlank();
    }
  }

  private static SchemaChange sample(Class<?> kind) throws Exception {
    RecordComponent[] components = kind.getRecordComponents();
    List<Object> args = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      assertThat(SAMPLES).as("a sample for " + types[i] + " in " + kind.getSimpleName()).containsKey(types[i]);
      args.add(SAMPLES.get(types[i]));
    }
    return (SchemaChange) kind.getDeclaredConstructor(types).newInstance(args.toArray());
  }
}
