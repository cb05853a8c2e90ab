package dev.lakemigrate.apply;

import dev.lakemigrate.error.ApplyErrors;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lakemigrate.json.PrettyJson;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PreflightCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan as a reviewer saw it ({@code plan --out plan.json}): its statements in execution order and
 * the {@link LiveFingerprint} of the live tables it was computed from. {@code apply --plan} runs
 * exactly these statements, and only while the live state still matches the fingerprint. The id is
 * the sha256 of the content (engine, fingerprint, statements), so an edited file is refused too.
 *
 * <p>{@code source} names where the plan came from (the file) for messages; it is not serialised.
 * {@code preflight} holds the plan's data checks (queries only, no counts: apply runs them again
 * under the lock, since rows change without the schema changing); a plan without checks has the same
 * file and id as before checks existed.
 */
public record ReviewedPlan(String id, String engine, LiveFingerprint fingerprint, List<ExecutionStep> steps,
    String source, List<PreflightCheck> preflight) {
  static final int FORMAT_VERSION = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectWriter PRETTY = PrettyJson.writer(MAPPER, false);

  public ReviewedPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fingerprint, "fingerprint");
    steps = List.copyOf(steps);
    preflight = List.copyOf(preflight);
  }

  public ReviewedPlan(String id, String engine, LiveFingerprint fingerprint, List<ExecutionStep> steps, String source) {
    this(id, engine, fingerprint, steps, source, List.of());
  }

  /**
   * Freezes {@code plan} with the fingerprint of {@code live} (the live tables, as introspected for
   * the plan). A blocked plan cannot be reviewed for apply: PLAN_REFUSED.
   */
  public static ReviewedPlan of(Plan plan, List<Table> live, String source) {
    if (plan.blocked()) throw ApplyErrors.planRefused(plan.blockers());
    Set<TableName> touched = new LinkedHashSet<>(plan.tables());
    plan.statements().forEach(s -> touched.add(s.table()));
    String engine = plan.engine().describe();
    LiveFingerprint fingerprint = LiveFingerprint.of(touched, live);
    List<ExecutionStep> steps = ExecutionStep.of(plan);
    List<PreflightCheck> checks = plan.preflight().stream()
        .map(c -> new PreflightCheck(c.table(), c.column(), c.kind(), c.subject(), c.sql(), null)).toList();
    return new ReviewedPlan(idOf(engine, fingerprint, steps, checks), engine, fingerprint, steps, source, checks);
  }

  /** The tables to introspect for {@link #verify}. */
  public List<TableName> tables() {
    return List.copyOf(fingerprint.tables().keySet());
  }

  /** Refuses with REVIEWED_PLAN_STALE when any touched table's live state changed since the plan was made. */
  public void verify(LiveFingerprint current) {
    List<String> changed = fingerprint.changedIn(current).stream().map(TableName::toString).toList();
    if (!changed.isEmpty()) throw ApplyErrors.reviewedPlanStale(source, String.join(", ", changed));
  }

  public String toJson() {
    try {
      return PRETTY.writeValueAsString(FileShape.of(this)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write reviewed plan " + source, e);
    }
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  public static ReviewedPlan read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ApplyErrors.reviewedPlanUnreadable(file.toString(), "the file cannot be read (" + e + ")", e);
    }
    return fromJson(text, file.toString());
  }

  /** Reads a reviewed plan and checks that its content still matches its id. */
  public static ReviewedPlan fromJson(String json, String source) {
    FileShape shape;
    try {
      shape = MAPPER.readValue(json, FileShape.class);
    } catch (JsonProcessingException e) {
      throw ApplyErrors.reviewedPlanUnreadable(source, "it is not reviewed-plan JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (shape.formatVersion() != FORMAT_VERSION || shape.id() == null || shape.statements() == null
        || shape.fingerprint() == null) {
      throw ApplyErrors.reviewedPlanUnreadable(source,
          "it lacks format_version " + FORMAT_VERSION + ", id, fingerprint or statements", null);
    }
    ReviewedPlan plan;
    try {
      plan = shape.toPlan(source);
    } catch (RuntimeException e) {
      throw ApplyErrors.reviewedPlanUnreadable(source, "a statement or table entry is malformed (" + e.getMessage() + ")", e);
    }
    if (!idOf(plan.engine(), plan.fingerprint(), plan.steps(), plan.preflight()).equals(plan.id())) {
      throw ApplyErrors.reviewedPlanEdited(source, plan.id());
    }
    return plan;
  }

  private static String idOf(String engine, LiveFingerprint fingerprint, List<ExecutionStep> steps,
      List<PreflightCheck> checks) {
    try {
      String content = MAPPER.writeValueAsString(new FileShape(FORMAT_VERSION, "", engine,
          TableState.of(fingerprint), steps.stream().map(StatementShape::of).toList(), CheckShape.of(checks)));
      return "sha256:" + LiveFingerprint.sha256(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot compute the id of a reviewed plan", e);
    }
  }

  /** The file's JSON shape (documented in docs/json-report.md). */
  record FileShape(
      @JsonProperty("format_version") int formatVersion,
      @JsonProperty("id") String id,
      @JsonProperty("engine") String engine,
      @JsonProperty("fingerprint") List<TableState> fingerprint,
      @JsonProperty("statements") List<StatementShape> statements,
      @JsonProperty("preflight") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckShape> preflight) {

    static FileShape of(ReviewedPlan p) {
      return new FileShape(FORMAT_VERSION, p.id(), p.engine(), TableState.of(p.fingerprint()),
          p.steps().stream().map(StatementShape::of).toList(), CheckShape.of(p.preflight()));
    }

    ReviewedPlan toPlan(String source) {
      Map<TableName, String> states = new LinkedHashMap<>();
      fingerprint.forEach(t -> states.put(tableName(t.table()), t.state()));
      return new ReviewedPlan(id, engine, new LiveFingerprint(states),
          statements.stream().map(StatementShape::toStep).toList(), source,
          preflight == null ? List.of() : preflight.stream().map(CheckShape::toCheck).toList());
    }
  }

  /** One table's live state: {@code {"table": ["main", "sales", "orders"], "state": "<sha256>|absent"}}. */
  record TableState(
      @JsonProperty("table") List<String> table,
      @JsonProperty("state") String state) {

    static List<TableState> of(LiveFingerprint fingerprint) {
      return fingerprint.tables().entrySet().stream()
          .map(e -> new TableState(parts(e.getKey()), e.getValue())).toList();
    }
  }

  private static List<String> parts(TableName t) {
    return List.of(t.catalog(), t.schema(), t.name());
  }

  private static TableName tableName(List<String> parts) {
    if (parts == null || parts.size() != 3) throw new IllegalArgumentException("a table is [catalog, schema, name]");
    return TableName.of(parts.get(0), parts.get(1), parts.get(2));
  }

  record StatementShape(
      @JsonProperty("index") int index,
      @JsonProperty("table") List<String> table,
      @JsonProperty("sql") String sql,
      @JsonProperty("change_codes") String changeCodes,
      @JsonProperty("skipped_reason") String skippedReason) {

    static StatementShape of(ExecutionStep s) {
      return new StatementShape(s.index(), parts(s.table()),
          s.sql(), s.changeCodes(), s.skipReason());
    }

    ExecutionStep toStep() {
      return new ExecutionStep(index, tableName(table), sql, changeCodes,
          skippedReason);
    }
  }

  /** One pre-flight check: {@code {"table": [...], "column": "email", "kind": "nulls", "subject": "…", "sql": "SELECT …"}}. */
  record CheckShape(
      @JsonProperty("table") List<String> table,
      @JsonProperty("column") String column,
      @JsonProperty("kind") String kind,
      @JsonProperty("subject") String subject,
      @JsonProperty("sql") String sql) {

    static List<CheckShape> of(List<PreflightCheck> checks) {
      return checks.stream().map(c -> new CheckShape(parts(c.table()), c.column(), c.kind().label(), c.subject(), c.sql()))
          .toList();
    }

    PreflightCheck toCheck() {
      return new PreflightCheck(tableName(table), column, PreflightCheck.Kind.ofLabel(kind), subject, sql, null);
    }
  }
}
