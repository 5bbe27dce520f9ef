package org.municipaldx.iot;

import org.municipaldx.core.Labelled;

/** What kind of instrument a sensor is; the quantities it reports are listed on the sensor. */
public enum SensorKind implements Labelled {
  /** 温湿度計: temperature and humidity. */
  THERMO_HYGROMETER("温湿度計", "thermo-hygrometer"),
  /** CO2濃度計: carbon dioxide (often with temperature and humidity). */
  CO2_METER("CO2濃度計", "CO2 meter"),
  /** 環境センサ: several air-quality quantities in one device. */
  ENVIRONMENT_MONITOR("環境センサ", "environment monitor"),
  /** 照度計: illuminance. */
  LUX_METER("照度計", "lux meter"),
  /** 粉じん計: suspended particulates. */
  DUST_METER("粉じん計", "dust meter"),
  /** 風速計: air velocity. */
  ANEMOMETER("風速計", "anemometer"),
  /** その他: anything else. */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  SensorKind(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
