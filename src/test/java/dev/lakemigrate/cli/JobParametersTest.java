package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every parameter the bundle's jobs pass goes through Main's real parser and configuration, with
 * sample values for {@code {{job.parameters.*}}} / {@code {{job.run_id}}} and the bundle's own values
 * for {@code ${…}}, and lands on the intended setting.
 */
class JobParametersTest {
  private static final Pattern JOB_REF = Pattern.compile("\\{\\{\\s*job\\.(parameters\\.)?([a-z_]+)\\s*}}");
  private static final Pattern BUNDLE_REF = Pattern.compile("\\$\\{([a-z_.]+)}");
  private static final String RUN_ID = "918273";

  /** The bundle's values for target {@code target}: variables (target over default) and workspace paths. */
  private static Map<String, String> bundleValues(String target) {
    JsonNode bundle = BundleFiles.read("databricks.yml");
    Map<String, String> values = new LinkedHashMap<>();
    bundle.at("/variables").fields().forEachRemaining(e -> values.put("var." + e.getKey(), e.getValue().at("/default").asText()));
    bundle.at("/targets/" + target + "/variables").fields().forEachRemaining(e -> values.put("var." + e.getKey(), e.getValue().asText()));
    values.put("bundle.target", target);
    values.put("bundle.name", bundle.at("/bundle/name").asText());
    // The synced bundle/ and conf/ mirror the repository, so the repository stands in for file_path.
    values.put("workspace.file_path", BundleFiles.ROOT.toString());
    return values;
  }

  private static List<String> parameters(String job, String target, Map<String, String> jobParameters) {
    JsonNode definition = BundleFiles.read("resources/" + job + ".job.yml").at("/resources/jobs/" + job);
    Map<String, String> params = new LinkedHashMap<>();
    definition.at("/parameters").forEach(p -> params.put(p.get("name").asText(), p.get("default").asText()));
    params.putAll(jobParameters);
    Map<String, String> bundle = bundleValues(target);
    List<String> args = new ArrayList<>();
    definition.at("/tasks/0/spark_jar_task/parameters").forEach(p -> args.add(substitute(p.asText(), params, bundle)));
    return args;
  }

  private static String substitute(String text, Map<String, String> params, Map<String, String> bundle) {
    Matcher job = JOB_REF.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (job.find()) {
      String value = job.group(1) != null ? params.get(job.group(2)) : job.group(2).equals("run_id") ? RUN_ID : null;
      assertThat(value).as("job reference " + job.group()).isNotNull();
      job.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    job.appendTail(sb);
    Matcher ref = BUNDLE_REF.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      String value = bundle.get(ref.group(1));
      assertThat(value).as("bundle reference " + ref.group()).isNotNull();
      ref.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return ref.appendTail(out).toString();
  }

  private static Settings settings(List<String> args) {
    Invocation invocation = CommandLineParser.parse(args.toArray(String[]::new));
    return new SettingsReader(Map.of(), BundleFiles.ROOT).read(invocation.command(), invocation.options());
  }

  @Test
  void theMigrateJobsDefaultsPlanEveryTableWithoutDestructiveChanges() {
    Settings s = settings(parameters("migrate", "dev", Map.of()));
    assertThat(s.command()).isEqualTo(Command.PLAN);
    assertThat(s.target()).isEqualTo("dev");
    assertThat(s.local()).isFalse();
    assertThat(s.catalog()).isEqualTo("main");
    assertThat(s.schema()).isEqualTo("lakemigrate_dev");
    assertThat(s.schemaDir()).isEqualTo(BundleFiles.ROOT.resolve("bundle/schema").toString());
    assertThat(s.allowDestructive()).isFalse();
    assertThat(s.tables()).isEmpty();
    assertThat(s.jobRunId()).isEqualTo(RUN_ID);
    assertThat(s.failOnDrift()).isFalse();
    assertThat(s.lockWait()).as("conf/dev.conf was read through --conf-dir").isEqualTo(java.time.Duration.ofMinutes(2));
  }

  @Test
  void modeApplyWithOverridesOnProd() {
    Settings s = settings(parameters("migrate", "prod",
        Map.of("mode", "apply", "allow_destructive", "true", "tables", "users,transactions")));
    assertThat(s.command()).isEqualTo(Command.APPLY);
    assertThat(s.target()).isEqualTo("prod");
    assertThat(s.catalog()).isEqualTo("prod");
    assertThat(s.schema()).isEqualTo("lakemigrate");
    assertThat(s.allowDestructive()).isTrue();
    assertThat(s.tables()).containsExactly("users", "transactions");
    assertThat(s.lockLease()).as("conf/prod.conf").isEqualTo(java.time.Duration.ofMinutes(30));
  }

  @Test
  void anEmptyTablesParameterMeansAll() {
    assertThat(settings(parameters("migrate", "dev", Map.of("tables", ""))).tables()).isEmpty();
  }

  @Test
  void theDriftJobPlansAndFailsOnDrift() {
    Settings s = settings(parameters("drift", "prod", Map.of()));
    assertThat(s.command()).isEqualTo(Command.PLAN);
    assertThat(s.failOnDrift()).isTrue();
    assertThat(s.allowDestructive()).isFalse();
    assertThat(s.target()).isEqualTo("prod");
    assertThat(s.jobRunId()).isEqualTo(RUN_ID);
  }
}
