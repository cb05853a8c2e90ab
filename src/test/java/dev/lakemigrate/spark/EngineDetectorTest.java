package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.plan.Engine;
import org.junit.jupiter.api.Test;

class EngineDetectorTest {

  @Test
  void databricksFromTheRuntimeEnvironmentVariable() {
    assertThat(EngineDetector.detect("17.3", null, "4.4.0")).isEqualTo(Engine.databricks("17.3"));
  }

  @Test
  void databricksFromTheClusterSparkVersionConf() {
    assertThat(EngineDetector.detect(null, "16.4.x-scala2.12", null)).isEqualTo(Engine.databricks("16.4"));
  }

  @Test
  void openSourceDeltaAtTheJarVersion() {
    Engine engine = EngineDetector.detect(null, null, "3.3.2");

    assertThat(engine.kind()).isEqualTo(Engine.Kind.OPEN_SOURCE_DELTA);
    assertThat(engine.version()).isEqualTo("3.3.2");
    assertThat(engine.deltaAtLeast(3, 3)).isTrue();
    assertThat(engine.supportsGeneratedColumnsInSql()).isFalse();
  }

  @Test
  void theDeltaJarOnThisClasspathIsFound() {
    assertThat(EngineDetector.deltaVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void noEngineIsAClearError() {
    assertThatThrownBy(() -> EngineDetector.detect(null, null, null))
        .isInstanceOf(LakemigrateException.class)
        .hasMessage("Cannot detect the engine: neither a Databricks runtime nor delta-spark on the classpath."
            + " Run on Databricks, or add io.delta:delta-spark to the classpath.");
  }
}
