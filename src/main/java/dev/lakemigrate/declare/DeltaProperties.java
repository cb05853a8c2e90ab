package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.model.Spelling;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code delta.*} table properties a declaration may set: the documented Delta Lake and
 * Databricks table properties (docs.delta.io/table-properties, docs.databricks.com
 * delta/table-properties, Delta's DeltaConfigs), plus {@code delta.feature.<feature>} for the known
 * table features (value {@code supported}; Delta also takes {@code enabled}). Keys outside
 * {@code delta.} are free. Delta matches its keys case-insensitively;
 * the loader stores the documented spelling so declared and live keys compare equal.
 */
final class DeltaProperties {
  private DeltaProperties() {}

  static final List<String> KNOWN = List.of(
      "delta.appendOnly",
      "delta.autoOptimize",
      "delta.autoOptimize.autoCompact",
      "delta.autoOptimize.optimizeWrite",
      "delta.checkpoint.writeStatsAsJson",
      "delta.checkpoint.writeStatsAsStruct",
      "delta.checkpointInterval",
      "delta.checkpointPolicy",
      "delta.checkpointRetentionDuration",
      "delta.columnMapping.mode",
      "delta.compatibility.symlinkFormatManifest.enabled",
      "delta.dataSkippingNumIndexedCols",
      "delta.dataSkippingStatsColumns",
      "delta.deletedFileRetentionDuration",
      "delta.dropFeatureTruncateHistory.retentionDuration",
      "delta.enableChangeDataFeed",
      "delta.enableDeletionVectors",
      "delta.enableExpiredLogCleanup",
      "delta.enableIcebergCompatV1",
      "delta.enableIcebergCompatV2",
      "delta.enableInCommitTimestamps",
      "delta.enableRowTracking",
      "delta.enableTypeWidening",
      "delta.enableVariantShredding",
      "delta.isolationLevel",
      "delta.logRetentionDuration",
      "delta.minReaderVersion",
      "delta.minWriterVersion",
      "delta.parquet.compression.codec",
      "delta.randomizeFilePrefixes",
      "delta.randomPrefixLength",
      "delta.setTransactionRetentionDuration",
      "delta.targetFileSize",
      "delta.timeUntilArchived",
      "delta.tuneFileSizesForRewrites",
      "delta.universalFormat.enabledFormats");

  static final List<String> FEATURES = List.of(
      "allowColumnDefaults", "appendOnly", "catalogOwned-preview", "changeDataFeed",
      "checkConstraints", "checkpointProtection", "clustering", "collations", "columnMapping",
      "coordinatedCommits-preview", "deletionVectors", "domainMetadata", "generatedColumns",
      "icebergCompatV1", "icebergCompatV2", "icebergWriterCompatV1", "identityColumns",
      "inCommitTimestamp", "invariants", "materializePartitionColumns", "rowTracking",
      "timestampNtz", "typeWidening", "typeWidening-preview", "v2Checkpoint",
      "vacuumProtocolCheck", "variantShredding-preview", "variantType", "variantType-preview");

  static final String FEATURE_PREFIX = "delta.feature.";
  static final String CONSTRAINT_PREFIX = "delta.constraints.";

  /**
   * The key as it is stored (documented spelling for {@code delta.*}), or empty after reporting
   * why the property cannot be declared.
   */
  static Optional<String> check(String key, String value, String at, String table, Problems problems) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("delta.")) return Optional.of(key);
    if (lower.startsWith(CONSTRAINT_PREFIX)) {
      problems.add(DeclareErrors.constraintProperty(at, table, key));
      return Optional.empty();
    }
    if (lower.startsWith(FEATURE_PREFIX)) return feature(key, value, at, table, problems);
    Optional<String> known = KNOWN.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst();
    if (known.isEmpty()) {
      problems.add(DeclareErrors.unknownDeltaProperty(at, table, key, Spelling.nearest(key, KNOWN).orElse(null)));
    }
    return known;
  }

  private static Optional<String> feature(String key, String value, String at, String table, Problems problems) {
    String name = key.substring(FEATURE_PREFIX.length());
    Optional<String> known = FEATURES.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst();
    if (known.isEmpty()) {
      String near = Spelling.nearest(name, FEATURES).map(f -> FEATURE_PREFIX + f).orElse(null);
      problems.add(DeclareErrors.unknownTableFeature(at, table, key, near));
      return Optional.empty();
    }
    if (value != null && !value.equalsIgnoreCase("supported") && !value.equalsIgnoreCase("enabled")) {
      problems.add(DeclareErrors.tableFeatureValue(at, table, key, value));
      return Optional.empty();
    }
    return Optional.of(FEATURE_PREFIX + known.get());
  }
}
