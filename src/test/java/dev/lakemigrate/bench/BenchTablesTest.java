package dev.lakemigrate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Declarations;
import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated declarations load cleanly and differ by exactly the additive change set. */
class BenchTablesTest {
  private static final int N = 12;

  @Test
  void versionOneHasTheMixOfLayoutsConstraintsAndProperties(@TempDir Path dir) {
    List<Table> tables = load(dir, 1);

    assertThat(tables).hasSize(N);
    assertThat(tables).allSatisfy(t -> assertThat(t.columns()).hasSize(10));
    assertThat(tables.stream().filter(t -> !t.partitionColumns().isEmpty())).hasSize(3);
    assertThat(tables.stream().filter(t -> t.clustering().equals(Clustering.of(List.of("id"))))).hasSize(3);
    assertThat(tables.stream().filter(t -> !t.checks().isEmpty())).hasSize(3);
    assertThat(tables.stream().filter(t -> t.properties().containsKey("owner.team"))).hasSize(4);
  }

  @Test
  void versionTwoAddsFourChangesPerTable(@TempDir Path dir) {
    List<Table> v1 = load(dir.resolve("v1"), 1);
    List<Table> v2 = load(dir.resolve("v2"), 2);

    assertThat(new Differ().diff(v1, v2, false).changes()).hasSize(N * BenchTables.ADDITIVE_CHANGES_PER_TABLE);
    assertThat(new Differ().diff(v1, v1, false).changes()).isEmpty();
  }

  @Test
  void theDdlCreatesWhatVersionOneDeclares() {
    assertThat(BenchTables.ddl("spark_catalog", "bench", 0)).hasSize(2)
        .first().asString().contains("PARTITIONED BY (`dt`)").contains("'owner.team' = 'team0'");
    assertThat(BenchTables.ddl("spark_catalog", "bench", 1)).singleElement().asString()
        .contains("CLUSTER BY (`id`)").contains("COMMENT 'bench table 1'");
  }

  private static List<Table> load(Path dir, int version) {
    BenchTables.writeYaml(dir, N, version);
    Declarations declarations = new DeclarationLoader(new Defaults("spark_catalog", "bench")).load(dir);
    return declarations.tables();
  }
}
