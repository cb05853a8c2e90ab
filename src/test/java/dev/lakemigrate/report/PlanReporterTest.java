package dev.lakemigrate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanReporterTest {
  private static final Map<String, Supplier<Plan>> PLANS = Map.of(
      "refused", SamplePlans::refused,
      "runnable", SamplePlans::runnable,
      "in-sync", SamplePlans::inSync,
      "hostile", SamplePlans::hostile);
  private static final Map<Format, String> EXTENSIONS =
      Map.of(Format.TEXT, "txt", Format.SQL, "sql", Format.JSON, "json", Format.MARKDOWN, "md");

  private final PlanReporter reporter = new PlanReporter();
  private final ObjectMapper json = new ObjectMapper();

  static Stream<Arguments> cases() {
    return PLANS.keySet().stream().sorted()
        .flatMap(plan -> Arrays.stream(Format.values()).map(format -> Arguments.of(plan, format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void rendersAsTheGoldenFileSays(String plan, Format format) {
    String name = plan + "/plan." + EXTENSIONS.get(format);
    Golden.assertMatches(name, reporter.render(PLANS.get(plan).get(), format));
  }

  @Test
  void summaryLineCountsTablesChangesAndRisksAndSaysTheVerdict() {
    assertThat(new PlanView(SamplePlans.refused()).summaryLine())
        .isEqualTo("3 tables, 9 changes (7 safe, 1 destructive, 1 unsupported) — plan refused");
    assertThat(new PlanView(SamplePlans.runnable()).summaryLine())
        .isEqualTo("2 tables, 7 changes (7 safe) — ready to apply");
    assertThat(reporter.render(SamplePlans.inSync(), Format.TEXT)).endsWith("\nin sync — no changes\n");
  }

  @Test
  void textShowsEachChangeWithItsStatementsAndASharedStatementOnce() {
    String text = reporter.render(SamplePlans.runnable(), Format.TEXT);
    assertThat(text).startsWith("Plan for open-source Delta 4.4\n");
    assertThat(occurrences(text, "ADD COLUMNS")).isEqualTo(1);
    assertThat(text).contains("[4] (the statement above)");
    assertThat(text).contains("skipped: tags exist only in Unity Catalog (skipped on open-source Delta)");
    assertThat(text).contains("enables table feature allowColumnDefaults (irreversible");
  }

  @Test
  void sqlScriptRunsExactlyTheRunnableStatementsInExecutionOrder() {
    Plan plan = SamplePlans.runnable();
    List<String> expected = plan.statements().stream().filter(PlannedStatement::runs).map(PlannedStatement::sql).toList();
    assertThat(executableStatements(reporter.render(plan, Format.SQL))).containsExactlyElementsOf(expected);
  }

  @Test
  void sqlScriptOfARefusedPlanRunsNothing() {
    String script = reporter.render(SamplePlans.refused(), Format.SQL);
    assertThat(executableStatements(script)).isEmpty();
    assertThat(script).contains("-- blocker: main.sales.events: LM201 Drop column legacy_id");
  }

  @Test
  void hostileTextNeverEscapesASqlComment() {
    Plan plan = SamplePlans.hostile();
    List<String> runnable = plan.statements().stream().filter(PlannedStatement::runs).map(PlannedStatement::sql).toList();
    assertThat(executableStatements(reporter.render(plan, Format.SQL))).containsExactlyElementsOf(runnable);
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode root = json.readTree(reporter.render(SamplePlans.refused(), Format.JSON));
    assertThat(fieldNames(root)).containsExactly("format_version", "in_sync", "blocked", "summary", "engine", "counts",
        "blockers", "notes", "unmanaged", "tables", "statements", "preflight");
    assertThat(root.get("format_version").asInt()).isEqualTo(1);
    assertThat(root.get("blocked").asBoolean()).isTrue();
    assertThat(root.get("in_sync").asBoolean()).isFalse();
    assertThat(root.get("blockers")).hasSize(2);
    JsonNode orders = root.get("tables").get(1);
    assertThat(orders.get("table").asText()).isEqualTo("main.sales.orders");
    JsonNode setDefault = orders.get("changes").get(2);
    assertThat(fieldNames(setDefault)).containsExactly("kind", "risk", "code", "message", "fix", "features", "statements");
    assertThat(setDefault.get("kind").asText()).isEqualTo("change_default");
    assertThat(setDefault.get("features").get(0).asText()).isEqualTo("allowColumnDefaults");
    assertThat(setDefault.get("statements").findValuesAsText("index")).containsExactly("3", "5");
    JsonNode events = root.get("tables").get(2).get("changes");
    assertThat(events.get(1).get("risk").asText()).isEqualTo("unsupported");
    assertThat(events.get(1).get("statements")).isEmpty();
    JsonNode statements = root.get("statements");
    assertThat(statements).hasSize(8);
    assertThat(statements.get(6).get("skipped_reason").asText()).startsWith("tags exist only");
    assertThat(statements.get(3).get("codes").toString()).isEqualTo("[\"LM101\"]");
  }

  @Test
  void markdownKeepsHostileTextInsideItsCellsAndFences() {
    String md = reporter.render(SamplePlans.hostile(), Format.MARKDOWN);
    String row = md.lines().filter(l -> l.startsWith("| ``main.we`ird.ta\\|ble``")).findFirst().orElseThrow();
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as("cell separators").isEqualTo(6);
    assertThat(row).doesNotContain("<b>").contains("\\<b\\>");
    assertThat(md).contains("\n````sql\n", "\n````\n");
  }

  @Test
  void markdownBadgesAndBlockers() {
    String md = reporter.render(SamplePlans.refused(), Format.MARKDOWN);
    assertThat(md).startsWith("### lakemigrate plan: 3 tables, 9 changes");
    assertThat(md).contains("| **DESTRUCTIVE** |", "| **UNSUPPORTED** |", "| **SAFE** |", "\n- main.sales.events: LM302");
  }

  @Test
  void aPlanWithinTheLimitsIsPrintedWhole() {
    Plan plan = SamplePlans.runnable();
    for (Format format : Format.values()) {
      assertThat(reporter.renderForOutput(plan, format, "the ledger")).isEqualTo(reporter.render(plan, format));
    }
  }

  @Test
  void aPlanOverTheStatementLimitIsSummarisedAndSaysWhereTheWholePlanIs() {
    Plan plan = SamplePlans.longPlan(250);
    String out = reporter.renderForOutput(plan, Format.TEXT, "/Volumes/ops/plans/plan.sql");
    assertThat(out).contains("(summarised: 250 statements exceed the job-output limit of 200)",
        "main.sales.events: 125 changes (125 safe, 0 destructive, 0 unsupported), 125 statements",
        "First 50 of 250 statements:", "  [50] main.sales.orders  ALTER TABLE",
        "The whole plan is in /Volumes/ops/plans/plan.sql.");
    assertThat(out).doesNotContain("[51]");
    assertThat(out).endsWith("\n2 tables, 250 changes (250 safe) — ready to apply\n");
    Golden.assertMatches("long/summary.txt", new PlanReporter(new OutputLimits(200, 1_000_000, 3))
        .renderForOutput(plan, Format.TEXT, "the ledger main.ops._lakemigrate_history"));
  }

  @Test
  void aPlanOverTheByteLimitIsSummarisedInItsOwnFormat() throws Exception {
    PlanReporter small = new PlanReporter(new OutputLimits(1000, 500, 2));
    String out = small.renderForOutput(SamplePlans.refused(), Format.JSON, "plan.json");
    JsonNode root = json.readTree(out);
    assertThat(root.get("summarised").asBoolean()).isTrue();
    assertThat(root.get("summarised_because").asText()).matches("\\d+ bytes exceed the job-output limit of 500");
    assertThat(root.get("whole_plan").asText()).isEqualTo("plan.json");
    assertThat(root.get("first_statements")).hasSize(2);
    assertThat(root.get("statement_count").asInt()).isEqualTo(8);
    assertThat(root.get("blocker_count").asInt()).isEqualTo(2);
    assertThat(root.get("blockers")).hasSize(2);
    Golden.assertMatches("refused/summary.json", out);
  }

  @Test
  void aPlanOfTwentyThousandStatementsRendersInEveryFormat() {
    Plan plan = SamplePlans.longPlan(20_000);
    long started = System.nanoTime();
    for (Format format : Format.values()) assertThat(reporter.render(plan, format)).contains("c20000");
    assertThat(reporter.renderForOutput(plan, Format.TEXT, "the ledger")).contains("First 50 of 20000 statements:");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("indexed once, not searched per statement")
        .isLessThan(Duration.ofSeconds(30));
  }

  /** Statements that would run if the script were executed: comment lines dropped, split at {@code ;} line ends. */
  private static List<String> executableStatements(String script) {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n", -1)) if (!line.startsWith("--")) sql.append(line).append("\n");
    List<String> out = new ArrayList<>();
    for (String part : sql.toString().split(";\n")) if (!part.isBlank()) out.add(part.strip());
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static int occurrences(String text, String needle) {
    return text.toUpperCase(Locale.ROOT).split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
