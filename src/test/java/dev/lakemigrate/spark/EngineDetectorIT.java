package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.plan.Engine;
import org.junit.jupiter.api.Test;

class EngineDetectorIT {

  @Test
  void theEmbeddedSessionIsOpenSourceDeltaOfTheClasspathJar() {
    Engine engine = EngineDetector.detect(SparkTestSession.spark());

    assertThat(engine.kind()).isEqualTo(Engine.Kind.OPEN_SOURCE_DELTA);
    assertThat(engine.version()).isEqualTo(io.delta.tables.DeltaTable.class.getPackage().getImplementationVersion());
    assertThat(engine.deltaMajor()).isGreaterThanOrEqualTo(3);
  }
}
