package dev.lakemigrate.error;

/**
 * Every user-facing message is built here, so wording stays consistent and tests can assert exact
 * text. Messages say what is wrong, where, and how to fix it:
 * {@code Cannot <verb> <object>: <detail>. <Fix>.}
 *
 * <p>Sections by stage; add a factory method to your stage's section.
 */
public final class Errors {
  private Errors() {}

  // ===================================================================== declare (YAML loading)

  // ===================================================================== diff and plan

  // ===================================================================== apply, history, lock

  // ===================================================================== spark edge, introspection

  // ===================================================================== cli and configuration

  // ===================================================================== end
}
