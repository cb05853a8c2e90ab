package dev.lakemigrate.plan;

import java.util.Objects;

/**
 * What the target engine can do. Detected by the Spark edge and passed to the planner, so a
 * statement the engine cannot run shows up in the plan with the reason instead of failing later.
 *
 * @param version Databricks runtime version ({@code 17.3}) or open-source Delta version ({@code 4.4.0})
 */
public record Engine(Kind kind, String version, int deltaMajor, int deltaMinor) {
  public enum Kind { DATABRICKS, OPEN_SOURCE_DELTA }

  public Engine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
  }

  public static Engine databricks(String runtimeVersion) {
    return new Engine(Kind.DATABRICKS, runtimeVersion, 4, 0);
  }

  public static Engine openSourceDelta(int major, int minor) {
    return new Engine(Kind.OPEN_SOURCE_DELTA, major + "." + minor, major, minor);
  }

  public boolean isDatabricks() {
    return kind == Kind.DATABRICKS;
  }

  /** PRIMARY KEY / FOREIGN KEY constraints (Unity Catalog). */
  public boolean supportsKeys() {
    return isDatabricks();
  }

  /** SET TAGS / UNSET TAGS (Unity Catalog). */
  public boolean supportsTags() {
    return isDatabricks();
  }

  /** ALTER COLUMN … SET NOT NULL on a table with rows (open-source Delta always refuses it). */
  public boolean supportsSetNotNull() {
    return isDatabricks();
  }

  public boolean supportsClusterAuto() {
    return isDatabricks();
  }

  /** GENERATED … AS IDENTITY and GENERATED ALWAYS AS (expr) in SQL DDL. */
  public boolean supportsGeneratedColumnsInSql() {
    return isDatabricks() || deltaAtLeast(4, 4);
  }

  public boolean deltaAtLeast(int major, int minor) {
    return deltaMajor > major || (deltaMajor == major && deltaMinor >= minor);
  }

  /** A short description for plan headers: {@code Databricks Runtime 17.3} or {@code open-source Delta 4.4}. */
  public String describe() {
    return isDatabricks() ? "Databricks Runtime " + version : "open-source Delta " + version;
  }
}
