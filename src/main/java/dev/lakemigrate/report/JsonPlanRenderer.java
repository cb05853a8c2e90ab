package dev.lakemigrate.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.PreflightCheck;
import dev.lakemigrate.plan.Risk;
import java.util.List;

/**
 * The plan as JSON, in the shape documented in {@code docs/json-report.md}. The shape is a contract
 * (scripts and CI read it): add fields, never rename or remove them without raising
 * {@link #FORMAT_VERSION}. Statement indexes are 1-based positions in execution order.
 */
final class JsonPlanRenderer {
  static final int FORMAT_VERSION = 1;

  String render(Plan plan) {
    return ReportJson.write(shape(plan));
  }

  static PlanJson shape(Plan plan) {
    PlanView view = new PlanView(plan);
    return new PlanJson(FORMAT_VERSION, plan.inSync(), plan.blocked(), view.summaryLine(), EngineJson.of(plan.engine()),
        CountsJson.of(view), plan.blockers(), plan.notes(), plan.unmanaged().stream().map(TableName::toString).toList(),
        view.tables().stream().map(t -> TableJson.of(view, t)).toList(),
        plan.statements().stream().map(s -> StatementJson.of(view, s)).toList(),
        plan.preflight().stream().map(PreflightJson::of).toList());
  }

  record PlanJson(
      @JsonProperty("format_version") int formatVersion,
      @JsonProperty("in_sync") boolean inSync,
      @JsonProperty("blocked") boolean blocked,
      @JsonProperty("summary") String summary,
      @JsonProperty("engine") EngineJson engine,
      @JsonProperty("counts") CountsJson counts,
      @JsonProperty("blockers") List<String> blockers,
      @JsonProperty("notes") List<String> notes,
      @JsonProperty("unmanaged") List<String> unmanaged,
      @JsonProperty("tables") List<TableJson> tables,
      @JsonProperty("statements") List<StatementJson> statements,
      @JsonProperty("preflight") List<PreflightJson> preflight) {}

  record PreflightJson(
      @JsonProperty("table") String table,
      @JsonProperty("column") String column,
      @JsonProperty("kind") String kind,
      @JsonProperty("subject") String subject,
      @JsonProperty("sql") String sql,
      @JsonProperty("violations") Long violations,
      @JsonProperty("status") String status) {
    static PreflightJson of(PreflightCheck c) {
      String status = !c.ran() ? "not_run" : c.failed() ? "failed" : "passed";
      return new PreflightJson(c.table().toString(), c.column(), c.kind().label(), c.subject(), c.sql(), c.violations(),
          status);
    }
  }

  record EngineJson(
      @JsonProperty("kind") String kind,
      @JsonProperty("version") String version,
      @JsonProperty("description") String description) {
    static EngineJson of(Engine e) {
      return new EngineJson(PlanView.lower(e.kind()), e.version(), e.describe());
    }
  }

  record CountsJson(
      @JsonProperty("tables") int tables,
      @JsonProperty("changes") int changes,
      @JsonProperty("safe") long safe,
      @JsonProperty("destructive") long destructive,
      @JsonProperty("unsupported") long unsupported,
      @JsonProperty("statements") int statements,
      @JsonProperty("skipped_statements") long skippedStatements) {
    static CountsJson of(PlanView v) {
      return new CountsJson(v.plan().tables().size(), v.plan().changes().size(), v.count(Risk.SAFE),
          v.count(Risk.DESTRUCTIVE), v.count(Risk.UNSUPPORTED), v.plan().statements().size(), v.skippedStatements());
    }
  }

  record TableJson(
      @JsonProperty("table") String table,
      @JsonProperty("changes") List<ChangeJson> changes) {
    static TableJson of(PlanView v, TableName t) {
      return new TableJson(t.toString(), v.changesOf(t).stream().map(c -> ChangeJson.of(v, c)).toList());
    }
  }

  record ChangeJson(
      @JsonProperty("kind") String kind,
      @JsonProperty("risk") String risk,
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("fix") String fix,
      @JsonProperty("features") List<String> features,
      @JsonProperty("statements") List<ChangeStatementJson> statements) {
    static ChangeJson of(PlanView v, PlannedChange pc) {
      Classification c = pc.classification();
      return new ChangeJson(pc.change().kind(), PlanView.lower(c.risk()), c.code(), c.message(), c.fix(),
          c.enabledFeatures(), v.statementsOf(pc).stream().map(s -> new ChangeStatementJson(v.indexOf(s), s.sql(),
              s.skipReason())).toList());
    }
  }

  record ChangeStatementJson(
      @JsonProperty("index") int index,
      @JsonProperty("sql") String sql,
      @JsonProperty("skipped_reason") String skippedReason) {}

  record StatementJson(
      @JsonProperty("index") int index,
      @JsonProperty("table") String table,
      @JsonProperty("sql") String sql,
      @JsonProperty("comment") String comment,
      @JsonProperty("codes") List<String> codes,
      @JsonProperty("skipped_reason") String skippedReason) {
    static StatementJson of(PlanView v, PlannedStatement s) {
      return new StatementJson(v.indexOf(s), s.table().toString(), s.sql(), s.comment(),
          v.classificationsOf(s).stream().map(Classification::code).distinct().toList(), s.skipReason());
    }
  }
}
