package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped launcher {@code bin/dx} (src/main/dist/bin/dx, issue 10): with no archive, while it records one, with
 * it, with a corrupt one and with an unusable cache directory, {@code dx --version} and {@code dx rollup} give the
 * same output, errors and exit codes as {@code java -jar} without any archive; the archive is made at the first run
 * and used afterwards.
 *
 * <p>The tests run before {@code dx.jar} is packaged, so the launcher runs a jar made here whose manifest names
 * {@link DxCommand} and, as {@code Class-Path}, this test's class path (directories packed into jars, paths relative:
 * class data sharing archives classes from jars only, and ignores absolute {@code file:} URLs in {@code Class-Path}).
 */
class LauncherTest {
  private static final Path SCRIPT = Path.of("src/main/dist/bin/dx");
  private static final String HEADER = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n";

  @TempDir
  static Path jars;
  private static Path jar;

  @BeforeAll
  static void launchableJar() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the POSIX launcher is not run here");
    Assumptions.assumeTrue(Files.isRegularFile(SCRIPT), "run from the examples module directory (no " + SCRIPT + ")");
    Set<Path> entries = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      expand(Path.of(e).toAbsolutePath(), entries);
    }
    List<String> classPath = new ArrayList<>();
    int n = 0;
    for (Path e : entries) {
      if (Files.isDirectory(e)) {
        if (e.endsWith("test-classes")) {
          continue;
        }
        Path packed = jars.resolve("dir" + n++ + ".jar");
        pack(e, packed);
        classPath.add(relative(packed));
      } else if (Files.isRegularFile(e)) {
        classPath.add(relative(e));
      }
    }
    LauncherTest.classPath = String.join(" ", classPath);
    jar = jars.resolve("dx.jar");
    writeJar("0");
  }

  private static String classPath;

  /** Writes the jar: its manifest is the whole jar; {@code build} (one character) tells builds apart. */
  private static void writeJar(String build) throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, DxCommand.class.getName());
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    m.getMainAttributes().put(new Attributes.Name("X-Build"), build);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      j.setLevel(Deflater.NO_COMPRESSION); // so that builds "0" and "1" give jars of one size
      j.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
      m.write(j);
      j.closeEntry();
    }
  }

  /** A Class-Path entry relative to the jar's directory: class data sharing ignores absolute {@code file:} URLs. */
  private static String relative(Path entry) {
    try {
      return new URI(null, null, jars.toAbsolutePath().relativize(entry).toString().replace('\\', '/'), null)
          .getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(entry.toString(), e);
    }
  }

  /** Adds a class path entry, and the entries of a manifest-only jar (surefire's booter) in its place. */
  private static void expand(Path entry, Set<Path> into) throws IOException {
    if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
      try (JarFile j = new JarFile(entry.toFile())) {
        Manifest m = j.getManifest();
        String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (cp != null && j.stream().noneMatch(e -> e.getName().endsWith(".class"))) {
          for (String u : cp.trim().split("\\s+")) {
            into.add(Path.of(entry.toUri().resolve(u)).toAbsolutePath());
          }
          return;
        }
      }
    }
    into.add(entry);
  }

  private static void pack(Path dir, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target); JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        j.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
        try (InputStream in = Files.newInputStream(f)) {
          in.transferTo(j);
        }
        j.closeEntry();
      }
    }
  }

  private record Result(int exit, String out, String err) {}

  private static Result dx(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("DX_JAR", jar.toString());
    pb.environment().remove("DX_CDS");
    pb.environment().remove("DX_JAVA_OPTS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(jars, "out", ".txt");
    Path err = Files.createTempFile(jars, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dx %s finished", String.join(" ", args)).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Map<String, String> env(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<Path> archives(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  /** Whether this JDK can record a dynamic archive at all: it needs the JDK's default (base) CDS archive. */
  private static boolean jdkHasBaseArchive() {
    return Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa"));
  }

  @Test
  void theArchiveIsMadeAtTheFirstRunAndUsedAfterwardsWithIdenticalOutput(@TempDir Path tmp) throws Exception {
    Path good = tmp.resolve("good.csv");
    // 30·100 + 10·50 = 3,500 minutes online in kensetsu
    Files.writeString(good, HEADER + "kensetsu,2023,カウンターレス,30,100,400\nkensetsu,2023,,10,50,50\n");
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, HEADER + "kensetsu,2023,,30,500,400\n");
    Path cache = tmp.resolve("cache");
    Map<String, String> plain = env("DX_CDS", "off");
    Map<String, String> cds = env("DX_CDS_DIR", cache.toString());

    Result version = dx(plain, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).isEqualTo("dx " + DxVersion.version() + "\n");
    Result json = dx(plain, "rollup", good.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"minutesOnline\" : 3500");
    Result input = dx(plain, "rollup", bad.toString());
    assertThat(input.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(input.err()).contains("line 2");
    assertThat(archives(cache)).isEmpty();

    // first run: records the archive, prints exactly what the plain run prints (no CDS report on stdout)
    assertThat(dx(cds, "rollup", good.toString(), "--format", "json")).isEqualTo(json);
    List<Path> made = archives(cache);
    if (jdkHasBaseArchive()) {
      assertThat(made).singleElement().satisfies(a -> {
        assertThat(a.getFileName().toString()).startsWith("rollup-").endsWith(".jsa");
        assertThat(Files.size(a)).isPositive();
      });
    }
    // afterwards: the archive is mapped (its classes load from the "top" layer) and the output is the same
    Path log = tmp.resolve("classes.log");
    Result second = dx(env("DX_CDS_DIR", cache.toString(), "DX_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        "rollup", good.toString(), "--format", "json");
    assertThat(second).isEqualTo(json);
    if (jdkHasBaseArchive()) {
      assertThat(Files.readString(log)).contains("org.municipaldx.examples.cli.RollupCommand source: shared objects file (top)");
    }
    assertThat(dx(cds, "rollup", bad.toString())).isEqualTo(input);
    assertThat(archives(cache)).isEqualTo(made);
    // each command its own archive; --version with and without
    assertThat(dx(cds, "--version")).isEqualTo(version);
    assertThat(dx(cds, "--version")).isEqualTo(version);
    if (jdkHasBaseArchive()) {
      assertThat(archives(cache)).hasSize(2);
    }

    // a corrupt archive under the expected name: the JVM refuses it silently, the command is unchanged
    for (Path a : archives(cache)) {
      Files.delete(a);
      Files.writeString(a, "not an archive");
    }
    assertThat(dx(cds, "rollup", good.toString(), "--format", "json")).isEqualTo(json);
    assertThat(dx(cds, "rollup", bad.toString())).isEqualTo(input);
    assertThat(dx(cds, "--version")).isEqualTo(version);
  }

  @Test
  void aNewJarGetsANewArchiveAndAnUnusableCacheOnlyCostsTheSpeedUp(@TempDir Path tmp) throws Exception {
    Path good = tmp.resolve("good.csv");
    Files.writeString(good, HEADER + "kikaku,2023,,5,2,10\n");
    Path cache = tmp.resolve("cache");
    Map<String, String> cds = env("DX_CDS_DIR", cache.toString());
    Result text = dx(env("DX_CDS", "off"), "rollup", good.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("kikaku");

    assertThat(dx(cds, "rollup", good.toString())).isEqualTo(text);
    List<Path> first = archives(cache);
    // a rebuilt jar of the same size and time (a reproducible build keeps both; the JVM compares only these):
    // the content decides, so it gets its own archive and the old one is removed
    FileTime time = Files.getLastModifiedTime(jar);
    long size = Files.size(jar);
    try {
      writeJar("1");
      Files.setLastModifiedTime(jar, time);
      assertThat(Files.size(jar)).isEqualTo(size);
      assertThat(dx(cds, "rollup", good.toString())).isEqualTo(text);
      if (jdkHasBaseArchive()) {
        assertThat(first).hasSize(1);
        assertThat(archives(cache)).hasSize(1).doesNotContainAnyElementsOf(first);
      }
      assertThat(dx(cds, "rollup", good.toString())).isEqualTo(text);
    } finally {
      writeJar("0");
      Files.setLastModifiedTime(jar, time);
    }
    // the cache "directory" is a file: nothing recorded, nothing reported
    Path notADirectory = tmp.resolve("file");
    Files.writeString(notADirectory, "x");
    assertThat(dx(env("DX_CDS_DIR", notADirectory.toString()), "rollup", good.toString())).isEqualTo(text);
    assertThat(dx(env("DX_CDS_DIR", notADirectory.resolve("sub").toString()), "rollup", good.toString()))
        .isEqualTo(text);
    assertThat(Files.readString(notADirectory, StandardCharsets.UTF_8)).isEqualTo("x");
    // a cache path with spaces works too
    Path spaces = tmp.resolve("a dir with spaces");
    assertThat(dx(env("DX_CDS_DIR", spaces.toString()), "rollup", good.toString())).isEqualTo(text);
    assertThat(dx(env("DX_CDS_DIR", spaces.toString()), "rollup", good.toString())).isEqualTo(text);
    if (jdkHasBaseArchive()) {
      assertThat(archives(spaces)).hasSize(1);
    }
  }
}
