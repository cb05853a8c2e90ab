package dev.lakemigrate.error;

/** Every way lakemigrate fails, each mapped to a process exit code. */
public enum ErrorCode {
  USAGE(64),
  CONFIGURATION(64),
  INVALID_DECLARATIONS(1),
  PLAN_REFUSED(1),
  DRIFT(1),
  LOCKED(1),
  REVIEWED_PLAN_STALE(1),
  PREFLIGHT_FAILED(1),
  APPLY_FAILED(1),
  NOT_CONVERGED(1),
  INTERNAL(1);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
