package org.municipaldx.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputException;
import org.municipaldx.core.json.DxJsonException;
import org.municipaldx.dataset.DatasetException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.RegistryFormatException;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.lpp.UplinkFormatException;
import org.municipaldx.metrics.notation.FormulaNotation;
import org.municipaldx.metrics.notation.NotationParseException;
import org.municipaldx.procurement.CorporateNumber;
import org.municipaldx.regulation.csv.RegulationCsv;
import org.municipaldx.regulation.law.ProvisionParseException;
import org.municipaldx.regulation.law.ProvisionReference;
import org.municipaldx.regulation.review.IllegalTransitionException;
import org.municipaldx.survey.SurveyReader;

/**
 * Issue 12's one input-error model, checked over the library's compiled classes: every public exception
 * type of the library modules (outside {@code internal} packages) is an {@link InputException}, except the
 * few listed here with the reason; and each reader's exception carries its location as fields.
 */
class InputExceptionHierarchyTest {
  /** Public exceptions that are deliberately not input errors, with the reason. */
  private static final Map<Class<?>, String> NOT_INPUT = Map.of(
      IllegalTransitionException.class,
      "a review-workflow rule broken by calling code (like IllegalStateException); RegulationCsv reports a history"
          + " file's illegal step as a located IngestException problem");

  /** One class from each library module (and the application's dataset package): their code sources are scanned. */
  private static final List<Class<?>> MODULES = List.of(InputException.class, IngestException.class,
      FormulaNotation.class, CayenneLpp.class, CorporateNumber.class, RegulationCsv.class, SurveyReader.class,
      DatasetException.class);

  @Test
  void everyPublicExceptionOfTheLibraryIsAnInputException() throws Exception {
    Map<String, Class<?>> exceptions = new TreeMap<>();
    List<String> unloadable = new ArrayList<>();
    for (Class<?> marker : MODULES) {
      for (String name : classNames(marker)) {
        if (name.contains(".internal.") || name.contains("$") && name.matches(".*\\$\\d+.*")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(name, false, marker.getClassLoader());
        } catch (LinkageError optionalDependencyAbsent) {
          // e.g. dx-core's Hibernate Validator support ('requires static'): not on this class path
          unloadable.add(name);
          continue;
        }
        if (Throwable.class.isAssignableFrom(c) && Modifier.isPublic(c.getModifiers())) {
          exceptions.put(name, c);
        }
      }
    }
    // the scan found the library's exceptions (a scan that finds nothing proves nothing)
    assertThat(exceptions.values()).contains(InputException.class, IngestException.class, DxJsonException.class,
        LppFormatException.class, UplinkFormatException.class, RegistryFormatException.class,
        NotationParseException.class, ProvisionParseException.class, DatasetException.class,
        org.municipaldx.core.InvalidValueException.class, org.municipaldx.ingest.xlsx.XlsxException.class,
        IllegalTransitionException.class);
    assertThat(unloadable).as("classes not loaded here (optional dependencies absent) must not be exceptions")
        .noneMatch(n -> n.endsWith("Exception") || n.endsWith("Error"));
    List<String> outside = new ArrayList<>();
    for (Class<?> c : exceptions.values()) {
      if (!InputException.class.isAssignableFrom(c) && !NOT_INPUT.containsKey(c)) {
        outside.add(c.getName() + " extends " + c.getSuperclass().getName());
      }
    }
    assertThat(outside).as("public exceptions that are not InputExceptions").isEmpty();
    assertThat(InputException.class).isAssignableTo(IllegalArgumentException.class);
  }

  private static List<String> classNames(Class<?> marker) throws IOException, URISyntaxException {
    Path root = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("-info"))
            .forEach(p -> names.add(className(root.relativize(p).toString().replace('\\', '/'))));
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("-info")
            && !n.startsWith("META-INF/")).forEach(n -> names.add(className(n)));
      }
    }
    assertThat(names).as("classes of " + root).isNotEmpty();
    return names;
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  @Test
  void eachReaderPutsTheLocationInFieldsNotOnlyInTheMessage() {
    // Cayenne LPP: the byte offset of the record that could not be decoded
    LppFormatException lpp = catchThrowableOfType(() -> CayenneLpp.decodeHex("03670110" + "0467"),
        LppFormatException.class);
    assertThat(lpp.offset()).isEqualTo(4);
    assertThat(lpp.where().byteOffset()).hasValue(4);
    assertThat(lpp.where().charIndex()).isEmpty();
    LppFormatException hex = catchThrowableOfType(() -> CayenneLpp.decodeHex("03ZZ"), LppFormatException.class);
    assertThat(hex.where().charIndex()).hasValue(hex.offset());
    assertThat(hex.where().byteOffset()).isEmpty();

    // the formula notation: the character offset
    NotationParseException notation = catchThrowableOfType(() -> FormulaNotation.parse("30分×=60分"),
        NotationParseException.class);
    assertThat(notation.where().charIndex()).hasValue(notation.offset());
    assertThat(notation.why()).isEqualTo("expected " + notation.expected());

    // a provision reference: the index in the normalised text
    ProvisionParseException provision = catchThrowableOfType(() -> ProvisionReference.parse("第十十条"),
        ProvisionParseException.class);
    assertThat(provision.where().charIndex()).hasValue(provision.index());

    // an uplink message: the JSON pointer
    UplinkFormatException uplink = catchThrowableOfType(() -> TtsUplink.parse("{\"end_device_ids\": 1}"),
        UplinkFormatException.class);
    assertThat(uplink.where().pointer()).hasValue(uplink.pointer());

    // a device registry: the first error's line and field
    RegistryFormatException registry = catchThrowableOfType(() -> DeviceRegistry.readCsv(
        "device,building\ndev1,本庁舎\ndev1,西庁舎\n".getBytes(StandardCharsets.UTF_8), "r.csv"),
        RegistryFormatException.class);
    assertThat(registry.where().source()).isEqualTo("r.csv");
    assertThat(registry.where().line()).hasValue(registry.errors().get(0).line());

    // an office CSV: line, column and header of the first problem; a model check's field is put at its column
    String header = "id,instrument_kind,instrument_title,provision,quoted_text,types,department\r\n";
    IngestException csv = catchThrowableOfType(() -> RegulationCsv.read(
        header + "a-1,条例,条例A,第1条,本文,目視,Fire Department\r\n", null), IngestException.class);
    assertThat(csv.where().source()).isEqualTo("items.csv");
    assertThat(csv.where().line()).hasValue(2);
    assertThat(csv.where().column()).hasValue(7);
    assertThat(csv.where().field()).hasValue("department");
    assertThat(csv.why()).startsWith("RegulationItem.departmentId: must match");
  }
}
