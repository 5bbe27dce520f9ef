package org.municipaldx.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** One local[2] session for all tests of the module, and a plain form of rows for comparisons. */
final class SparkSessions {
  private static SparkSession spark;

  private SparkSessions() {}

  static synchronized SparkSession local() {
    if (spark == null) {
      spark = SparkSession.builder()
          .master("local[2]")
          .appName("dx-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
    }
    return spark;
  }

  /** @return rows, arrays and structs as Java lists and maps, so Spark's and the library's compare */
  static Object plain(Object o) {
    if (o instanceof Row r) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < r.length(); i++) {
        m.put(r.schema() == null ? String.valueOf(i) : r.schema().fields()[i].name(), plain(r.get(i)));
      }
      if (r.schema() == null) {
        return new ArrayList<>(m.values());
      }
      return new ArrayList<>(m.values());
    }
    if (o instanceof Seq<?> s) {
      List<Object> l = new ArrayList<>();
      for (Object x : CollectionConverters.asJava(s)) {
        l.add(plain(x));
      }
      return l;
    }
    if (o instanceof List<?> s) {
      List<Object> l = new ArrayList<>();
      for (Object x : s) {
        l.add(plain(x));
      }
      return l;
    }
    return o;
  }
}
