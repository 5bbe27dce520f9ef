package org.municipaldx.examples.cli;

/** Output format of a command. */
public enum Format {
  text,
  json
}
