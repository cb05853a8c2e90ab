package dev.lakemigrate.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the live tables a plan touches looked like when it was made: table name to the sha256 of a
 * canonical rendering of the live table, or {@value #ABSENT} for a table that did not exist. Tables
 * are sorted by name; properties, tags and constraints by key; columns keep their order (it is part
 * of the schema). Properties the platform rewrites on every commit ({@link #VOLATILE_PROPERTIES}) are
 * left out, so writing rows does not make a reviewed plan stale; changing the schema does.
 */
public record LiveFingerprint(Map<TableName, String> tables) {
  public static final String ABSENT = "absent";
  static final Set<String> VOLATILE_PROPERTIES =
      Set.of("delta.lastCommitTimestamp", "delta.lastUpdateVersion", "transient_lastDdlTime");
  private static final ObjectMapper CANONICAL = new ObjectMapper();

  public LiveFingerprint {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(tables)));
  }

  /** The fingerprint of {@code touched}, each looked up in {@code live} (absent when not there). */
  public static LiveFingerprint of(Collection<TableName> touched, List<Table> live) {
    Map<TableName, String> out = new TreeMap<>();
    for (TableName name : touched) {
      String digest = live.stream().filter(t -> t.name().equals(name)).findFirst()
          .map(t -> sha256(canonical(t))).orElse(ABSENT);
      out.put(name, digest);
    }
    return new LiveFingerprint(out);
  }

  /** The tables whose entry differs from {@code current}'s (a table missing there counts as absent). */
  public List<TableName> changedIn(LiveFingerprint current) {
    return tables.entrySet().stream()
        .filter(e -> !e.getValue().equals(current.tables().getOrDefault(e.getKey(), ABSENT)))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A canonical JSON rendering of a live table: same table, same text, whatever order it was read in. */
  static String canonical(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name().toString());
    m.put("comment", t.comment());
    m.put("columns", t.columns().stream().map(LiveFingerprint::column).toList());
    m.put("primary_key", t.primaryKey() == null ? null
        : List.of(t.primaryKey().name(), t.primaryKey().columns(), t.primaryKey().rely()));
    m.put("foreign_keys", t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name))
        .map(k -> List.of(k.name(), k.columns(), k.refTable().toString(), k.refColumns())).toList());
    m.put("checks", t.checks().stream().sorted(Comparator.comparing(CheckConstraint::name))
        .map(c -> List.of(c.name(), c.expression())).toList());
    m.put("clustering", t.clustering().auto() ? "AUTO" : t.clustering().columns());
    m.put("partitioned_by", t.partitionColumns());
    Map<String, String> properties = new TreeMap<>(t.properties());
    properties.keySet().removeAll(VOLATILE_PROPERTIES);
    m.put("properties", properties);
    m.put("tags", new TreeMap<>(t.tags()));
    m.put("unknown", t.unknown().stream().map(Enum::name).sorted().toList());
    try {
      return CANONICAL.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render table " + t.name() + " canonically", e);
    }
  }

  private static Map<String, Object> column(Column c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("type", c.type().toSql());
    m.put("nullable", c.nullable());
    m.put("default", c.defaultExpression());
    m.put("generated", c.generated() == null ? null : c.generated().toSql());
    m.put("comment", c.comment());
    m.put("tags", new TreeMap<>(c.tags()));
    return m;
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
