package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.ColumnReader.DeclaredColumn;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.model.CheckConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table's CHECK constraints: the explicit {@code check_constraints} first (their names reserved),
 * then each column's {@code check} in column order, named by {@link ConstraintNames}.
 */
final class CheckConstraintReader {
  private final TableRules rules;
  private final Problems problems;
  private final ConstraintNames names = new ConstraintNames();
  private final Map<String, SourceLocation> seen = new LinkedHashMap<>();

  CheckConstraintReader(TableRules rules, Problems problems) {
    this.rules = rules;
    this.problems = problems;
  }

  List<CheckConstraint> read(MappingReader table, List<DeclaredColumn> columns) {
    List<CheckConstraint> checks = new ArrayList<>();
    for (Node item : table.list("check_constraints")) {
      if (item instanceof Node.Mapping m) {
        explicit(new MappingReader(m, "a check constraint of " + table.where(), problems)).ifPresent(checks::add);
      } else {
        table.wrongType("check_constraints", item, "a mapping with name and expression");
      }
    }
    for (DeclaredColumn c : columns) {
      if (c.check() == null) continue;
      rules.checkColumns(c.check(), "the check of column " + c.column().name());
      checks.add(new CheckConstraint(names.check(c.column().name()), c.check().value().strip()));
    }
    return checks;
  }

  private Optional<CheckConstraint> explicit(MappingReader r) {
    r.allowOnly(DeclarationKeys.CHECK_CONSTRAINT);
    Optional<Located<String>> name = r.requiredString("name");
    Optional<Located<String>> expression = r.requiredString("expression");
    String what = "check constraint " + name.map(Located::value).orElse("?") + " of table " + rules.table();
    expression.ifPresent(e -> ExpressionChecker.problem(e.value())
        .ifPresent(p -> problems.add(DeclareErrors.notSingleExpression(e.at().toString(), what, p))));
    if (name.isEmpty() || expression.isEmpty()) return Optional.empty();
    rules.checkColumns(expression.get(), "check constraint " + name.get().value());
    SourceLocation at = name.get().at();
    SourceLocation first = seen.putIfAbsent(name.get().value().toLowerCase(Locale.ROOT), at);
    if (first != null) {
      problems.add(DeclareErrors.duplicateCheck(at.toString(), rules.table(), name.get().value(), first.toString()));
      return Optional.empty();
    }
    names.reserve(name.get().value());
    return Optional.of(new CheckConstraint(name.get().value(), expression.get().value().strip()));
  }
}
