package org.municipaldx.examples.cli;

import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;

/** The Koriyama FY2023 dataset the command line bundles (examples' resources); the library has nothing Koriyama-specific. */
public final class BundledDataset {
  /** The bundled dataset's folder name. */
  public static final String NAME = "koriyama-fy2023";
  /** Its folder on the class path. */
  public static final String FOLDER = "org/municipaldx/examples/data/" + NAME + "/";

  private BundledDataset() {}

  /**
   * @return the bundled dataset, never null
   * @throws org.municipaldx.dataset.DatasetException if the bundled data is broken (a build error)
   */
  public static Dataset load() {
    return DatasetLoader.loadResource(BundledDataset.class.getClassLoader(), FOLDER);
  }
}
