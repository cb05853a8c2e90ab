package dev.lakemigrate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.InMemoryHistoryStore;
import dev.lakemigrate.apply.InMemoryLock;
import dev.lakemigrate.apply.RecordingSqlRunner;
import dev.lakemigrate.apply.ReviewedPlan;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/json-report.md stays in step with what the renderers write: same keys at the same places. */
class JsonReportDocTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static List<JsonNode> examples;

  @BeforeAll
  static void readExamples() throws Exception {
    String doc = Files.readString(Path.of("docs/json-report.md"));
    examples = new ArrayList<>();
    Matcher m = JSON_BLOCK.matcher(doc);
    while (m.find()) examples.add(MAPPER.readTree(m.group(1).replace("…", "")));
    assertThat(examples).hasSize(3);
  }

  @Test
  void thePlanExampleHasTheRenderedShape() throws Exception {
    JsonNode rendered = MAPPER.readTree(new PlanReporter().render(SamplePlans.runnable(), Format.JSON));
    assertThat(paths(examples.get(0))).isEqualTo(paths(rendered));
  }

  @Test
  void theRunExampleHasTheRenderedShape() throws Exception {
    RecordingSqlRunner runner = new RecordingSqlRunner().withTable(SamplePlans.ORDERS, 4);
    RunResult run = new Executor(runner, new InMemoryHistoryStore(), new InMemoryLock(), Duration.ofMinutes(1),
        Duration.ZERO, line -> {}).apply(SamplePlans.runnable(),
        new RunContext("r", "apply", "dev", "0.1.0", "alice", null, null, null), SamplePlans::inSync);
    JsonNode rendered = MAPPER.readTree(new HistoryReporter().renderRun(run, Format.JSON));
    assertThat(paths(examples.get(1))).isEqualTo(paths(rendered));
  }

  @Test
  void theReviewedPlanExampleHasTheWrittenShape() throws Exception {
    JsonNode written = MAPPER.readTree(ReviewedPlan.of(SamplePlans.runnable(), List.of(), "plan.json").toJson());
    assertThat(paths(examples.get(2))).isEqualTo(paths(written));
  }

  /** Every key path ({@code tables[].changes[].code}), arrays collapsed. */
  private static Set<String> paths(JsonNode node) {
    Set<String> out = new TreeSet<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, Set<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        out.add(path);
        collect(e.getValue(), path, out);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, prefix + "[]", out));
    }
  }
}
