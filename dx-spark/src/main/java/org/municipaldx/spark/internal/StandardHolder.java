package org.municipaldx.spark.internal;

import java.io.Serializable;
import java.time.ZoneId;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.iot.standard.EnvironmentalStandard;

/**
 * Carries an {@link EnvironmentalStandard} and a zone to Spark's executors: as the library's JSON
 * (the standard is not {@link Serializable}), read back once per deserialised copy. Not API.
 */
public final class StandardHolder implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String json;
  private final String zone;
  private transient EnvironmentalStandard standard;
  private transient ZoneId zoneId;

  /**
   * @param standard  the standard, not null
   * @param zone  the zone, not null
   */
  public StandardHolder(EnvironmentalStandard standard, ZoneId zone) {
    this.json = DxJson.write(standard);
    this.zone = zone.getId();
    this.standard = standard;
    this.zoneId = zone;
  }

  /** @return the standard, never null */
  public EnvironmentalStandard standard() {
    if (standard == null) {
      standard = DxJson.read(json, EnvironmentalStandard.class);
    }
    return standard;
  }

  /** @return the zone, never null */
  public ZoneId zone() {
    if (zoneId == null) {
      zoneId = ZoneId.of(zone);
    }
    return zoneId;
  }
}
