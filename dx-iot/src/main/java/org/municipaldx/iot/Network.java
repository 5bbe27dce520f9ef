package org.municipaldx.iot;

import org.municipaldx.core.Labelled;

/** The network over which a sensor reports (LPWA and cellular IoT). */
public enum Network implements Labelled {
  /** LoRaWAN. */
  LORAWAN("LoRaWAN", "LoRaWAN"),
  /** Sigfox. */
  SIGFOX("Sigfox", "Sigfox"),
  /** ELTRES (Sony's LPWA). */
  ELTRES("ELTRES", "ELTRES"),
  /** LTE-M (LTE Cat-M1). */
  LTE_M("LTE-M", "LTE-M"),
  /** NB-IoT. */
  NB_IOT("NB-IoT", "NB-IoT"),
  /** Wi-SUN. */
  WI_SUN("Wi-SUN", "Wi-SUN"),
  /** Any other network (wired, Wi-Fi, a vendor's own radio). */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  Network(String japaneseName, String englishName) {
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
