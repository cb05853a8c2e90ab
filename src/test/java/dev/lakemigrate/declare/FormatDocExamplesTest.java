package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/yaml-format.md load as documented. */
class FormatDocExamplesTest {
  @TempDir Path dir;

  @Test
  void everyYamlExampleInTheReferenceLoads() throws IOException {
    String doc = Files.readString(Path.of("docs/yaml-format.md"));
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<String> examples = new ArrayList<>();
    while (m.find()) if (m.group(1).contains("columns")) examples.add(m.group(1));
    assertThat(examples).hasSize(2);
    for (int i = 0; i < examples.size(); i++) {
      Path one = Files.createDirectory(dir.resolve("example" + i));
      Declarations d = Yaml.load(Yaml.write(one, Map.of("t.yaml", examples.get(i))));
      assertThat(d.tables()).isNotEmpty();
    }
    var users = Yaml.load(dir.resolve("example0")).tables().get(0);
    assertThat(users.name().toString()).isEqualTo("main.crm.users");
    assertThat(users.comment()).isEqualTo("Core user accounts table");
    assertThat(users.removedProperties()).containsExactly("delta.enableDeletionVectors");
    assertThat(users.checks()).extracting(c -> c.name()).containsExactly("tier_known", "status_check");
    assertThat(users.column("devices").orElseThrow().fieldRenames())
        .containsExactly(Map.entry(dev.lakemigrate.model.FieldPath.of("devices", "element", "serial"), "sn"));
    assertThat(users.column("scores").orElseThrow().type())
        .isEqualTo(dev.lakemigrate.model.TypeParser.parse("MAP<STRING, STRUCT<points: INT>>"));
  }
}
