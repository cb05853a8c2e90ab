package dev.lakemigrate.plan;

/** How dangerous a change is. */
public enum Risk {
  /** Runs without opt-in and loses nothing. */
  SAFE,
  /** Can lose data or break readers: runs only with {@code --allow-destructive}. */
  DESTRUCTIVE,
  /** Cannot be carried out in place on the target engine: the plan is refused. */
  UNSUPPORTED
}
