package dev.lakemigrate.spark;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** STAND-IN: replaced by the real session factory at merge. */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession cluster() {
    throw new UnsupportedOperationException("stand-in");
  }

  public static SparkSession local(Path warehouse) {
    throw new UnsupportedOperationException("stand-in");
  }

  public static SparkSession local(Path warehouse, String master, Map<String, String> overrides) {
    throw new UnsupportedOperationException("stand-in");
  }
}
