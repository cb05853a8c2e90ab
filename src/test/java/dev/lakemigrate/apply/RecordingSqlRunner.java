package dev.lakemigrate.apply;

import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link SqlRunner} for tests: records every statement and query, keeps a Delta version per table
 * (bumped by each statement naming the table, 0 after {@code CREATE TABLE}), answers
 * {@code DESCRIBE HISTORY t LIMIT 1} with it (and fails for an unknown table, as Spark does), and
 * injects failures: {@link #failOn(int)} makes the k-th {@code execute} call (1-based) throw.
 */
public final class RecordingSqlRunner implements SqlRunner {
  private static final Pattern CREATE = Pattern.compile("^CREATE (?:OR REPLACE )?TABLE (?:IF NOT EXISTS )?(\\S+)");
  private static final Pattern DESCRIBE_HISTORY = Pattern.compile("^DESCRIBE HISTORY (\\S+) LIMIT 1$");

  private final List<String> executed = new ArrayList<>();
  private final List<String> queries = new ArrayList<>();
  private final Map<String, Long> versions = new LinkedHashMap<>();
  private final List<Predicate<String>> failures = new ArrayList<>();
  private final List<String> failureMessages = new ArrayList<>();
  private int calls;

  /** A table that exists at {@code version}. */
  public RecordingSqlRunner withTable(TableName table, long version) {
    versions.put(table.toSql(), version);
    return this;
  }

  /** The k-th call to {@link #execute} (1-based) throws. */
  public RecordingSqlRunner failOn(int k) {
    return failOn(k, "[DELTA_METADATA_CHANGED] MetadataChangedException: the metadata of the Delta table has been changed by a concurrent update");
  }

  public RecordingSqlRunner failOn(int k, String message) {
    return failWhen(sql -> calls == k, message);
  }

  /** Every statement matching {@code when} throws {@code message}. */
  public RecordingSqlRunner failWhen(Predicate<String> when, String message) {
    failures.add(when);
    failureMessages.add(message);
    return this;
  }

  @Override
  public void execute(String sql) {
    calls++;
    for (int i = 0; i < failures.size(); i++) {
      if (failures.get(i).test(sql)) throw new IllegalStateException(failureMessages.get(i));
    }
    executed.add(sql);
    Matcher create = CREATE.matcher(sql);
    if (create.find()) versions.putIfAbsent(create.group(1), -1L);
    versions.replaceAll((table, version) -> sql.contains(table) ? version + 1 : version);
  }

  @Override
  public List<Map<String, Object>> query(String sql) {
    queries.add(sql);
    Matcher describe = DESCRIBE_HISTORY.matcher(sql);
    if (!describe.matches()) throw new UnsupportedOperationException("RecordingSqlRunner cannot answer: " + sql);
    Long version = versions.get(describe.group(1));
    if (version == null) {
      throw new IllegalStateException("[TABLE_OR_VIEW_NOT_FOUND] The table or view " + describe.group(1) + " cannot be found.");
    }
    return List.of(Map.of("version", version, "operation", "TEST"));
  }

  /** Statements that ran (not the ones that threw), in order. */
  public List<String> executed() {
    return List.copyOf(executed);
  }

  public List<String> queries() {
    return List.copyOf(queries);
  }

  /** Calls to {@link #execute}, including the ones that threw. */
  public int calls() {
    return calls;
  }

  public Long version(TableName table) {
    return versions.get(table.toSql());
  }
}
