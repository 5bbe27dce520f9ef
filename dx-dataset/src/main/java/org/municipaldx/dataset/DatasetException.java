package org.municipaldx.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset that cannot be loaded, with every error found (not only the first): each names the file,
 * the location in it and the rule. A loader that throws this returns nothing: no half-loaded dataset.
 */
public final class DatasetException extends org.municipaldx.core.InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #dataset()}. */
  private final String dataset;
  private final transient List<DatasetError> errors;

  /**
   * Creates the error of a dataset with every error found in it.
   *
   * @param dataset  the dataset's location (directory or classpath name), not null
   * @param errors  the errors, not empty
   */
  public DatasetException(String dataset, List<DatasetError> errors) {
    super(message(dataset, errors), errors.isEmpty() ? org.municipaldx.core.InputLocation.of(dataset) : where(dataset, errors.get(0)),
        errors.isEmpty() ? "" : errors.get(0).rule(), null);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("DatasetException.errors: must not be empty (was '[]')");
    }
    this.dataset = dataset;
    this.errors = List.copyOf(errors);
  }

  /** The first error's file, and its JSON pointer when its location is one (a CSV location is in {@link #errors()}). */
  private static org.municipaldx.core.InputLocation where(String dataset, DatasetError first) {
    org.municipaldx.core.InputLocation at = org.municipaldx.core.InputLocation.of(dataset + "/" + first.file());
    return first.location().startsWith("/") ? at.atPointer(first.location()) : at;
  }

  private static String message(String dataset, List<DatasetError> errors) {
    return "Dataset " + dataset + " has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ":\n"
        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
  }

  /** {@return the dataset's location, never null} */
  public String dataset() {
    return dataset;
  }

  /** {@return every error, in file order, never empty} */
  public List<DatasetError> errors() {
    return errors;
  }
}
