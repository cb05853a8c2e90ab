package dev.lakemigrate.spark;

import dev.lakemigrate.plan.Engine;
import org.apache.spark.sql.SparkSession;

/** STAND-IN: replaced by the real detector at merge. */
public final class EngineDetector {
  private EngineDetector() {}

  public static Engine detect(SparkSession spark) {
    throw new UnsupportedOperationException("stand-in");
  }
}
