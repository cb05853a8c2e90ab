package dev.lakemigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePropertiesParserTest {

  @Test
  void constraintsBecomeChecksAndEverythingElseStaysAProperty() {
    TablePropertiesParser.ParsedProperties parsed =
        TablePropertiesParser.parse(Fixtures.properties("checks.tblproperties.json"), Map.of());

    assertThat(parsed.checks()).containsExactly(
        new CheckConstraint("ck1", "ti > 0 AND v <> 'it' 's'"),
        new CheckConstraint("ck_up", "sh IS NOT NULL"));
    assertThat(parsed.properties()).doesNotContainKeys("delta.constraints.ck1", "delta.constraints.ck_up")
        .containsEntry("x.y", "z")
        .containsEntry("delta.feature.checkConstraints", "supported")
        .hasSize(9);
    assertThat(parsed.clustering()).isEqualTo(Clustering.NONE);
  }

  @Test
  void clusteringColumnsAreFieldPaths() {
    TablePropertiesParser.ParsedProperties parsed =
        TablePropertiesParser.parse(Fixtures.properties("clustered.tblproperties.json"), Map.of());

    assertThat(parsed.clustering()).isEqualTo(Clustering.of(List.of("id", "s.x")));
    assertThat(parsed.properties()).doesNotContainKey("clusteringColumns");
  }

  @Test
  void clusteredByNoneIsNoClustering() {
    Map<String, String> props = Map.of("clusteringColumns", "[]", "delta.feature.clustering", "supported");

    assertThat(TablePropertiesParser.needsDetail(props)).isFalse();
    assertThat(TablePropertiesParser.parse(props, Map.of()).clustering()).isEqualTo(Clustering.NONE);
  }

  @Test
  void clusteringFeatureWithoutColumnsNeedsDescribeDetailElseIsUnknown() {
    Map<String, String> props = Map.of("delta.feature.clustering", "supported");

    assertThat(TablePropertiesParser.needsDetail(props)).isTrue();
    assertThat(TablePropertiesParser.parse(props, Map.of()).clustering()).isNull();
    assertThat(TablePropertiesParser.parse(props, Map.of("clusteringColumns", List.of("id", "s.x"))).clustering())
        .isEqualTo(Clustering.of(List.of("id", "s.x")));
  }

  @Test
  void clusterByAutoOnDatabricks() {
    Map<String, String> props = Map.of("clusterByAuto", "true", "delta.feature.clustering", "supported");

    assertThat(TablePropertiesParser.parse(props, Map.of()).clustering()).isEqualTo(Clustering.AUTO);
    assertThat(TablePropertiesParser.parse(props, Map.of()).properties()).doesNotContainKey("clusterByAuto");
  }
}
