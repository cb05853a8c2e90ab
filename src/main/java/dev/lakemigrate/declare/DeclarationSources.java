package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds declaration files ({@code *.yaml}, {@code *.yml}) and reads their bytes, sorted by path
 * relative to the root. On the classpath a {@code <prefix>index.txt} (one relative path per line,
 * {@code #} comments) lists them when present; otherwise the prefix is scanned, in a directory or
 * inside the JAR that holds it.
 */
final class DeclarationSources {
  static final String INDEX = "index.txt";

  private DeclarationSources() {}

  static List<SourceFile> fromDirectory(Path root, Problems problems) {
    String shown = slashes(root.toString());
    if (!Files.isDirectory(root)) throw single(DeclareErrors.noDeclarationRoot(shown));
    List<String> relative = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).filter(p -> isDeclaration(p.getFileName().toString()))
          .forEach(p -> relative.add(slashes(root.relativize(p).toString())));
    } catch (IOException | UncheckedIOException e) {
      throw single(DeclareErrors.cannotReadFile(shown, String.valueOf(e.getMessage())));
    }
    relative.sort(Comparator.naturalOrder());
    if (relative.isEmpty()) throw single(DeclareErrors.noDeclarationFiles(shown));
    List<SourceFile> files = new ArrayList<>();
    for (String rel : relative) {
      String display = shown.endsWith("/") ? shown + rel : shown + "/" + rel;
      try {
        files.add(new SourceFile(rel, display, Files.readAllBytes(root.resolve(rel))));
      } catch (IOException e) {
        problems.add(DeclareErrors.cannotReadFile(display, String.valueOf(e.getMessage())));
      }
    }
    return files;
  }

  static List<SourceFile> fromClasspath(String prefix, ClassLoader loader, Problems problems) {
    String dir = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    List<String> relative = listed(dir, loader);
    if (relative.isEmpty()) throw single(DeclareErrors.noDeclarationFiles("classpath:" + dir));
    List<SourceFile> files = new ArrayList<>();
    for (String rel : relative) {
      try (InputStream in = loader.getResourceAsStream(dir + rel)) {
        if (in == null) throw new IOException("listed in " + dir + INDEX + " but not on the classpath");
        files.add(new SourceFile(rel, dir + rel, in.readNBytes(YamlReader.MAX_BYTES + 1)));
      } catch (IOException e) {
        problems.add(DeclareErrors.cannotReadFile(dir + rel, String.valueOf(e.getMessage())));
      }
    }
    return files;
  }

  private static List<String> listed(String dir, ClassLoader loader) {
    try (InputStream index = loader.getResourceAsStream(dir + INDEX)) {
      if (index != null) {
        return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().distinct().toList();
      }
      URL url = loader.getResource(dir.isEmpty() ? "" : dir.substring(0, dir.length() - 1));
      if (url == null) return List.of();
      if (url.getProtocol().equals("jar")) return scanJar(url, dir);
      if (url.getProtocol().equals("file")) return scanDirectory(Path.of(url.toURI()));
      return List.of();
    } catch (IOException | URISyntaxException e) {
      throw single(DeclareErrors.cannotReadFile("classpath:" + dir, String.valueOf(e.getMessage())));
    }
  }

  private static List<String> scanJar(URL url, String dir) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    TreeSet<String> names = new TreeSet<>();
    try (JarFile jar = connection.getJarFile()) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.startsWith(dir) && isDeclaration(name)) names.add(name.substring(dir.length()));
      }
    }
    return List.copyOf(names);
  }

  private static List<String> scanDirectory(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> isDeclaration(p.getFileName().toString()))
          .map(p -> slashes(root.relativize(p).toString())).sorted().toList();
    }
  }

  private static boolean isDeclaration(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }

  private static LakemigrateException single(String problem) {
    return new LakemigrateException(ErrorCode.INVALID_DECLARATIONS, DeclareErrors.cannotLoadDeclarations(1),
        List.of(problem), null);
  }
}
