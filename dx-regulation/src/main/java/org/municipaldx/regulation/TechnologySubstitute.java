package org.municipaldx.regulation;

import org.municipaldx.core.Labelled;

/**
 * A digital technology that can substitute for an analog method, as the Digital Agency's review
 * lists them per type (e.g. 目視: drones, cameras, robots, AI image analysis; 定期検査: sensors and
 * continuous monitoring; 対面講習: online training; 書面掲示: web publication; 記録媒体: online
 * transfer of electronic records).
 */
public enum TechnologySubstitute implements Labelled {
  /** ドローン (drone). */
  DRONE("ドローン", "drone"),
  /** カメラ・映像 (camera/video). */
  CAMERA_VIDEO("カメラ・映像", "camera/video"),
  /** センサー・IoTによる常時監視 (sensor/IoT monitoring). */
  SENSOR_IOT_MONITORING("センサー・IoTによる常時監視", "sensor/IoT monitoring"),
  /** ロボット (robot). */
  ROBOT("ロボット", "robot"),
  /** AI・画像解析 (AI image analysis). */
  AI_IMAGE_ANALYSIS("AI・画像解析", "AI image analysis"),
  /** 衛星データ (satellite data). */
  SATELLITE_DATA("衛星データ", "satellite data"),
  /** Web会議 (web meeting). */
  WEB_MEETING("Web会議", "web meeting"),
  /** オンライン講習 (online training). */
  ONLINE_TRAINING("オンライン講習", "online training"),
  /** Web掲載 (web publication). */
  WEB_PUBLICATION("Web掲載", "web publication"),
  /** 電磁的記録 (electronic records). */
  ELECTRONIC_RECORDS("電磁的記録", "electronic records"),
  /** オンライン提出 (online submission). */
  ONLINE_SUBMISSION("オンライン提出", "online submission"),
  /** その他 (other). */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  TechnologySubstitute(String japaneseName, String englishName) {
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

  /**
   * {@return the substitute, never null}
   *
   * @param text  a Japanese or English label or constant name, not null
   * @throws IllegalArgumentException naming the text and the accepted labels
   */
  public static TechnologySubstitute parse(CharSequence text) {
    return Labelled.parse(TechnologySubstitute.class, text);
  }
}
