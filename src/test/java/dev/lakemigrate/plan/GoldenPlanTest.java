package dev.lakemigrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.report.Format;
import dev.lakemigrate.report.Golden;
import dev.lakemigrate.report.PlanReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden plans: each folder under {@code src/test/resources/plans/} holds {@code live.yaml} (the
 * live state, in the declaration format; absent = no tables), {@code declared.yaml},
 * {@code case.properties} ({@code engine=oss-4.4|oss-3.3|databricks}, {@code allow_destructive})
 * and {@code expected.sql} (the plan's SQL report). The whole pure pipeline runs: loader, differ,
 * planner, reporter. Regenerate with {@code -Dlakemigrate.updateGolden=true} and review the diff.
 */
class GoldenPlanTest {
  private static final Path ROOT = Path.of("src/test/resources/plans");
  private static final Defaults DEFAULTS = new Defaults("main", "sales");

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(ROOT)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("golden plan cases").hasSizeGreaterThanOrEqualTo(10);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
      props.load(in);
    }
    Engine engine = engine(props.getProperty("engine", "oss-4.4"));
    PlanOptions options = new PlanOptions(
        Boolean.parseBoolean(props.getProperty("allow_destructive", "false")), Set.of(), false);
    List<Table> live = Files.exists(dir.resolve("live.yaml"))
        ? asLive(load(dir.resolve("live.yaml")), engine)
        : List.of();
    List<Table> declared = load(dir.resolve("declared.yaml"));

    Diff diff = new Differ().diff(live, declared, false);
    Plan plan = new Planner().plan(diff, engine, options);
    Golden.assertMatches(dir.resolve("expected.sql"), new PlanReporter().render(plan, Format.SQL));
  }

  private static List<Table> load(Path file) {
    try {
      Path tmp = Files.createTempDirectory("golden");
      Files.copy(file, tmp.resolve(file.getFileName()));
      return new DeclarationLoader(DEFAULTS).load(tmp).tables();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What introspection would return: no directives, and on open-source Delta the invisible aspects unknown. */
  private static List<Table> asLive(List<Table> tables, Engine engine) {
    return tables.stream().map(t -> {
      Table.Builder b = t.toBuilder().columns(t.columns().stream()
          .map(c -> c.withRenamedFrom(null).withBackfill(null))
          .map(c -> engine.isDatabricks() ? c : c.withGenerated(null))
          .toList());
      if (!engine.isDatabricks()) {
        b.unknown(Aspect.GENERATED_COLUMNS).unknown(Aspect.KEYS).unknown(Aspect.TAGS);
      }
      return b.build();
    }).toList();
  }

  private static Engine engine(String name) {
    return switch (name) {
      case "databricks" -> Engine.databricks("17.3");
      case "oss-3.3" -> Engine.openSourceDelta(3, 3);
      case "oss-4.4" -> Engine.openSourceDelta(4, 4);
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

}
