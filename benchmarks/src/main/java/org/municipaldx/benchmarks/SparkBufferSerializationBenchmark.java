package org.municipaldx.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.spark.ComplianceDayAggregator;
import org.municipaldx.spark.RollupAggregator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Kryo against Java serialisation of the partial buffers that dx-spark's typed aggregators keep as
 * objects ({@code Encoders.kryo}): one {@code dx_rollup} buffer of a municipality-year (20
 * departments, the 32 five-less mask sums) and one {@code dx_compliance_day} buffer (a location's
 * 144 readings of a day). Each operation serialises a buffer and reads it back with Spark's own
 * {@link KryoSerializer} or {@link JavaSerializer} — what {@code Encoders.kryo} and
 * {@code Encoders.javaSerialization} run once per group and task when partial buffers are shuffled.
 * The serialised size is printed in the setup. Issue 15. {@code dx_sums} and {@code dx_summary} have no
 * such buffer: their DataFrame columns are Spark's declarative aggregates on unsafe rows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class SparkBufferSerializationBenchmark {
  @Param({"kryo", "java"})
  public String serializer;

  SerializerInstance instance;
  Object rollup;
  Object day;
  ClassTag<Object> rollupTag;
  ClassTag<Object> dayTag;

  @Setup(Level.Trial)
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setUp() {
    SparkConf conf = new SparkConf();
    instance = "kryo".equals(serializer) ? new KryoSerializer(conf).newInstance()
        : new JavaSerializer(conf).newInstance();
    Aggregator r = new RollupAggregator();
    Object b = r.zero();
    for (int i = 0; i < 200; i++) {
      b = r.reduce(b, RowFactory.create("m0042-dept-" + (i % 20), i % 32, 30L + i % 90, 1_000L + i, 5_000L + i));
    }
    rollup = b;
    Aggregator d = new ComplianceDayAggregator(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN);
    Object c = d.zero();
    long t0 = 1_648_738_800_000_000L;   // 2022-04-01T00:00+09:00 in microseconds
    for (int i = 0; i < 144; i++) {
      c = d.reduce(c, RowFactory.create("s-" + (i % 4), "CO2", t0 + i * 600_000_000L, 450L + (i * 37) % 800, null));
    }
    day = c;
    rollupTag = (ClassTag<Object>) (ClassTag) ClassTag$.MODULE$.apply(rollup.getClass());
    dayTag = (ClassTag<Object>) (ClassTag) ClassTag$.MODULE$.apply(day.getClass());
    System.out.println(serializer + ": dx_rollup buffer " + instance.serialize(rollup, rollupTag).remaining()
        + " bytes, dx_compliance_day buffer " + instance.serialize(day, dayTag).remaining() + " bytes");
  }

  @Benchmark
  public Object rollupBuffer() {
    ByteBuffer bytes = instance.serialize(rollup, rollupTag);
    return instance.deserialize(bytes, rollupTag);
  }

  @Benchmark
  public Object complianceDayBuffer() {
    ByteBuffer bytes = instance.serialize(day, dayTag);
    return instance.deserialize(bytes, dayTag);
  }
}
