package dev.lakemigrate.declare;

import java.util.List;
import java.util.Optional;

/** A YAML node with where it was written; the loader reads declarations from these, never from text. */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {
  SourceLocation at();

  /** "a mapping", "a list", "a string", …: how a message names what was found. */
  String describe();

  /** A mapping in document order; duplicate keys are refused by the reader. */
  record Mapping(SourceLocation at, List<Entry> entries) implements Node {
    public Mapping {
      entries = List.copyOf(entries);
    }

    Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One {@code key: value} pair; {@code keyAt} is where the key was written. */
  record Entry(String key, SourceLocation keyAt, Node value) {}

  record Sequence(SourceLocation at, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar as YAML typed it: {@code "5"} is a STRING, {@code 5} a NUMBER, {@code ~} NULL. */
  record Scalar(SourceLocation at, String text, Kind kind) implements Node {
    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    boolean isNull() {
      return kind == Kind.NULL;
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "null";
      };
    }
  }
}
