package dev.lakemigrate.cli;

import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Engine;

/**
 * The engine the plan/apply/pull/history commands work against, behind the core's ports. The only
 * implementation that touches Spark is {@link SparkBackend}; {@code validate} never creates one.
 */
public interface Backend {
  SqlRunner sql();

  MetadataSource metadata();

  Engine engine();

  HistoryStore history(TableName table);

  Lock lock(TableName table);

  /** Who runs this (recorded in the ledger). */
  String currentUser();
}
