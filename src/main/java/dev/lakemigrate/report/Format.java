package dev.lakemigrate.report;

/** Output formats of a plan or run report. */
public enum Format { TEXT, JSON, SQL, MARKDOWN }
