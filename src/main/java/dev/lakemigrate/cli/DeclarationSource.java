package dev.lakemigrate.cli;

import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Declarations;
import java.nio.file.Path;

/** Loads the declarations from --schema-dir: a directory, or {@code classpath:schema/} inside the JAR. */
final class DeclarationSource {
  private DeclarationSource() {}

  static Declarations load(Settings settings, Path workingDir) {
    DeclarationLoader loader = new DeclarationLoader(settings.defaults());
    if (settings.classpathDeclarations()) {
      return loader.loadClasspath(settings.schemaDir().substring(SettingsReader.CLASSPATH_PREFIX.length()));
    }
    return loader.load(workingDir.resolve(settings.schemaDir()));
  }
}
