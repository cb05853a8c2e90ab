package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** databricks.yml and every resources/*.yml against the Databricks CLI's bundle JSON Schema. */
class BundleSchemaTest {
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String shared = System.getProperty("lakemigrate.shared.dir", "../shared");
    Path file = Path.of(shared, "databricks", "bundle-config.schema.json");
    JsonNode node = new ObjectMapper().readTree(Files.readString(file));
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(node);
  }

  private static Set<ValidationMessage> validate(JsonNode document) {
    return schema.validate(document);
  }

  @Test
  void everyBundleFileMatchesTheSchema() {
    List<Path> files = BundleFiles.all();
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("databricks.yml", "migrate.job.yml", "drift.job.yml");
    for (Path file : files) {
      assertThat(validate(BundleFiles.read(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaCatchesAMistake() {
    ObjectNode job = (ObjectNode) BundleFiles.read("resources/migrate.job.yml").at("/resources/jobs/migrate");
    job.put("max_concurent_runs", 1);
    job.putObject("schedule").put("quartz_cron_expression", "0 0 6 * * ?").put("pause_status", "SOMETIMES");
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.putObject("resources").putObject("jobs").set("migrate", job);
    assertThat(validate(root)).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("max_concurent_runs"))
        .anyMatch(m -> m.contains("SOMETIMES") || m.contains("pause_status"));
  }

  @Test
  void theBundleIsWhatIssue3Describes() {
    JsonNode bundle = BundleFiles.read("databricks.yml");
    assertThat(bundle.at("/artifacts/lakemigrate_jar/type").asText()).isEqualTo("jar");
    assertThat(bundle.at("/artifacts/lakemigrate_jar/build").asText()).isEqualTo("mvn -q -B -DskipTests package");
    assertThat(bundle.at("/workspace/artifact_path").asText()).startsWith("${var.artifact_volume}");
    assertThat(bundle.at("/variables/artifact_volume/default").asText()).startsWith("/Volumes/");
    assertThat(bundle.at("/sync/paths").toString()).isEqualTo("[\"bundle\",\"conf\"]");
    assertThat(bundle.at("/targets/dev/mode").asText()).isEqualTo("development");
    assertThat(bundle.at("/targets/dev/default").asBoolean()).isTrue();
    assertThat(bundle.at("/targets/prod/mode").asText()).isEqualTo("production");
    assertThat(bundle.at("/targets/prod/workspace/root_path").asText()).isNotBlank();
    assertThat(bundle.at("/targets/prod/run_as/service_principal_name").asText()).isNotBlank();
    assertThat(bundle.at("/targets/prod/variables/artifact_volume").asText()).startsWith("/Volumes/");
    assertThat(bundle.at("/variables/spark_version/default").asText()).isEqualTo("17.3.x-scala2.13");

    for (String job : List.of("migrate", "drift")) {
      JsonNode j = BundleFiles.read("resources/" + job + ".job.yml").at("/resources/jobs/" + job);
      assertThat(j.at("/max_concurrent_runs").asInt()).as(job).isEqualTo(1);
      assertThat(j.at("/tasks/0/spark_jar_task/main_class_name").asText()).isEqualTo("dev.lakemigrate.Main");
      assertThat(j.at("/tasks/0/libraries/0/jar").asText()).isEqualTo("../target/lakemigrate-*.jar");
      assertThat(j.at("/job_clusters/0/new_cluster/spark_version").asText()).isEqualTo("${var.spark_version}");
    }
    JsonNode drift = BundleFiles.read("resources/drift.job.yml").at("/resources/jobs/drift");
    assertThat(drift.at("/schedule/pause_status").asText()).isEqualTo("${var.drift_pause_status}");
    assertThat(bundle.at("/targets/dev/variables/drift_pause_status").asText()).isEqualTo("PAUSED");
  }
}
