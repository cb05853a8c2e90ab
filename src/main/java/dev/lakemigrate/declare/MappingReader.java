package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.model.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads from one YAML mapping, reporting each wrong key or value as a problem (with its
 * location and {@code where}, e.g. "column email of table users") and carrying on.
 */
final class MappingReader {
  /** A value and where it was written. */
  record Located<T>(T value, SourceLocation at) {}

  private final Node.Mapping mapping;
  private final String where;
  private final Problems problems;

  MappingReader(Node.Mapping mapping, String where, Problems problems) {
    this.mapping = mapping;
    this.where = where;
    this.problems = problems;
  }

  String where() {
    return where;
  }

  SourceLocation at() {
    return mapping.at();
  }

  /** Reports every key outside {@code allowed}, with the nearest allowed key when one is close. */
  void allowOnly(Set<String> allowed) {
    for (Node.Entry e : mapping.entries()) {
      if (allowed.contains(e.key())) continue;
      String suggestion = Spelling.nearest(e.key(), allowed).orElse(null);
      problems.add(DeclareErrors.unknownKey(e.keyAt().toString(), e.key(), where, suggestion, allowed));
    }
  }

  /** The value under {@code key}, absent when the key is missing or its value is null. */
  Optional<Node> node(String key) {
    return mapping.entry(key).map(Node.Entry::value)
        .filter(v -> !(v instanceof Node.Scalar s && s.isNull()));
  }

  boolean has(String key) {
    return node(key).isPresent();
  }

  /** Where the value of {@code key} was written, or the mapping itself when it is absent. */
  SourceLocation at(String key) {
    return mapping.entry(key).map(e -> e.value().at()).orElse(mapping.at());
  }

  Optional<Located<String>> requiredString(String key) {
    if (!has(key)) {
      problems.add(DeclareErrors.missingKey(mapping.at().toString(), key, where));
      return Optional.empty();
    }
    return string(key);
  }

  /** A string value; numbers and booleans are refused (quote them). */
  Optional<Located<String>> string(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) return nonEmpty(key, s);
      wrongType(key, n, "a string");
      return Optional.empty();
    });
  }

  /** Any scalar as text ({@code 5} → "5", {@code true} → "true"): SQL expressions, property values. */
  Optional<Located<String>> scalar(String key) {
    return node(key).flatMap(n -> scalarText(key, n));
  }

  private Optional<Located<String>> scalarText(String key, Node n) {
    if (n instanceof Node.Scalar s && !s.isNull()) return nonEmpty(key, s);
    wrongType(key, n, "a string");
    return Optional.empty();
  }

  private Optional<Located<String>> nonEmpty(String key, Node.Scalar s) {
    if (s.text().isBlank()) {
      problems.add(DeclareErrors.emptyValue(s.at().toString(), key, where));
      return Optional.empty();
    }
    return Optional.of(new Located<>(s.text(), s.at()));
  }

  boolean bool(String key, boolean absent) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) return absent;
    if (n.get() instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    wrongType(key, n.get(), "true or false");
    return absent;
  }

  /** The items of a list value (empty when absent or wrong). */
  List<Node> list(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) return List.of();
    if (n.get() instanceof Node.Sequence seq) return seq.items();
    wrongType(key, n.get(), "a list");
    return List.of();
  }

  Optional<Node.Mapping> mapping(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Mapping m) return Optional.of(m);
      wrongType(key, n, "a mapping");
      return Optional.empty();
    });
  }

  /** A list of names, each with its location; a wrong item is reported and skipped. */
  List<Located<String>> names(String key, String expected) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) return List.of();
    if (!(n.get() instanceof Node.Sequence seq)) {
      wrongType(key, n.get(), expected);
      return List.of();
    }
    List<Located<String>> names = new ArrayList<>();
    for (Node item : seq.items()) {
      if (item instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
        nonEmpty(key, s).ifPresent(names::add);
      } else {
        wrongType(key, item, "a column name");
      }
    }
    return names;
  }

  /**
   * A string-to-scalar mapping (properties, tags); a null value maps to null when
   * {@code nullMeansRemove}, else it is reported.
   */
  Map<String, Located<String>> scalarMap(String key, boolean nullMeansRemove) {
    Map<String, Located<String>> values = new LinkedHashMap<>();
    mapping(key).ifPresent(m -> {
      for (Node.Entry e : m.entries()) {
        if (e.value() instanceof Node.Scalar s && s.isNull() && nullMeansRemove) {
          values.put(e.key(), new Located<>(null, e.keyAt()));
        } else if (e.value() instanceof Node.Scalar s && !s.isNull()) {
          values.put(e.key(), new Located<>(s.text(), e.keyAt()));
        } else {
          wrongType(key + "." + e.key(), e.value(), "a string");
        }
      }
    });
    return values;
  }

  void wrongType(String key, Node found, String expected) {
    problems.add(DeclareErrors.wrongType(found.at().toString(), key, where, expected, found.describe()));
  }
}
