package dev.lakemigrate.declare;

import dev.lakemigrate.declare.TableReader.DeclaredTable;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * YAML declarations → validated model. Reports every problem at once (as a
 * {@link dev.lakemigrate.error.LakemigrateException} with code INVALID_DECLARATIONS, one problem per
 * line, each starting with {@code file:line:column}); never returns a partial result. The format is
 * documented in {@code docs/yaml-format.md}.
 */
public final class DeclarationLoader {
  private final Defaults defaults;

  public DeclarationLoader(Defaults defaults) {
    this.defaults = defaults;
  }

  /** Loads every {@code *.yaml}/{@code *.yml} under {@code root}, recursively, in path order. */
  public Declarations load(Path root) {
    Problems problems = new Problems();
    return load(DeclarationSources.fromDirectory(root, problems), problems);
  }

  /**
   * Loads declarations packaged on the classpath under {@code prefix} (e.g. {@code schema/}): the
   * files listed in {@code <prefix>index.txt} when there is one, else every YAML file found under
   * the prefix (directory or JAR).
   */
  public Declarations loadClasspath(String prefix) {
    return loadClasspath(prefix, DeclarationLoader.class.getClassLoader());
  }

  public Declarations loadClasspath(String prefix, ClassLoader loader) {
    Problems problems = new Problems();
    return load(DeclarationSources.fromClasspath(prefix, loader, problems), problems);
  }

  private Declarations load(List<SourceFile> files, Problems problems) {
    List<DeclaredTable> declared = new ArrayList<>();
    FileReader reader = new FileReader(defaults, problems);
    for (SourceFile file : files) {
      Optional<Node> root = YamlReader.read(file, problems);
      root.ifPresent(node -> declared.addAll(reader.read(node)));
    }
    List<DeclaredTable> unique = new CrossTableValidator(problems).validate(declared);
    problems.throwIfAny();
    List<Table> tables = new ArrayList<>();
    Map<TableName, SourceLocation> locations = new LinkedHashMap<>();
    Set<TableName> rebuildAllowed = new LinkedHashSet<>();
    for (DeclaredTable t : unique) {
      tables.add(t.table());
      locations.put(t.table().name(), t.at());
      if (t.allowRebuild()) rebuildAllowed.add(t.table().name());
    }
    return new Declarations(tables, locations, checksum(files), rebuildAllowed);
  }

  /** SHA-256 over each file's relative path and bytes, in path order, each length-prefixed. */
  static String checksum(List<SourceFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile file : files) {
        byte[] path = file.relativePath().getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(8).putLong(path.length).array());
        digest.update(path);
        digest.update(ByteBuffer.allocate(8).putLong(file.bytes().length).array());
        digest.update(file.bytes());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
