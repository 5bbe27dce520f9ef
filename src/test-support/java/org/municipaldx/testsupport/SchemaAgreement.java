package org.municipaldx.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsScaffolding;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The property that a type's JSON Schema and the strict reader accept exactly the same documents (issue
 * 14 part 6), shared by every module's tests.
 *
 * <p>{@link #check} takes valid documents written from random model values, asserts that the schema
 * (networknt json-schema-validator, draft 2020-12) and the reader both accept each, then mutates each
 * document at random places: a property dropped, an unknown property added, a value of the wrong type,
 * {@code null}, a negative, fractional or huge number, an empty, blank or foreign text (a bad id,
 * pattern or enum constant, digits), a text with a space before it or a {@code /} after it, an empty array or
 * object, the array form of a date ({@code [2023,4,1]}). For every mutant the schema rejects it if and
 * only if the reader rejects it. A mutant the reader rejects for a rule JSON Schema cannot state — between
 * two fields (one value must not exceed another), or the grammar of a value the schema gives as a text
 * (check digits, law ids, citations) — is counted apart when the caller names that rule in
 * {@code beyondSchema}; every rule on one field is in the schema (a Bean Validation constraint on the
 * accessor, also on an optional value's type argument), and the schema never rejects a document the
 * reader accepts.
 */
public final class SchemaAgreement {
  /** Draft 2020-12 with {@code format} asserted (a vendor turns it on too: dates are {@code format: date}). */
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final int MUTANTS_PER_DOCUMENT = 6;

  private SchemaAgreement() {}

  /** What {@link #check} counted. */
  public static final class Tally {
    /** Valid documents checked. */
    public int valid;
    /** Mutants both rejected. */
    public int bothRejected;
    /** Mutants both accepted (a mutation the type allows, e.g. an optional property dropped). */
    public int bothAccepted;
    /** Mutants only the reader rejected, for a rule the caller named (between fields, or a value's grammar). */
    public int beyondSchema;
    /** The disagreements, each with its document and both verdicts. */
    public final List<String> disagreements = new ArrayList<>();

    @Override
    public String toString() {
      return valid + " valid, " + bothRejected + " mutants rejected by both, " + bothAccepted + " accepted by both, "
          + beyondSchema + " rejected by the reader for a rule JSON Schema cannot state, " + disagreements.size() + " disagreements";
    }
  }

  /**
   * {@return the errors a standard validator reports for a document, each as "pointer: message"}
   *
   * @param schema  the schema document
   * @param json  the document
   */
  public static List<String> errors(String schema, String json) {
    Schema s = SCHEMAS.computeIfAbsent(schema, text -> REGISTRY.getSchema(text, InputFormat.JSON));
    return s.validate(json, InputFormat.JSON).stream()
        .map(SchemaAgreement::describe)
        .collect(Collectors.toList());
  }

  /**
   * Checks that a schema and a reader agree on valid documents and on their mutants.
   *
   * @param schema  the type's schema document
   * @param reader  reads a document (the strict reader), throwing a runtime exception if it rejects it
   * @param documents  valid documents written from random model values
   * @param trials  how many documents
   * @param beyondSchema  the reader's rejections that are rules JSON Schema cannot state (between two fields, or
   *     the grammar of a value the schema gives as a text: check digits, law ids, citations); {@code t -> false}
   *     when there are none. Every other mutant must be judged alike: there is no list of gaps
   * @return the tally; the caller asserts it has no disagreements
   */
  public static Tally check(String schema, Consumer<String> reader, Trials<String> documents, int trials,
      Predicate<RuntimeException> beyondSchema) {
    Tally tally = new Tally();
    documents.and(Trials.api().longs()).withLimits(trials, TrialsScaffolding.OptionalLimits.defaults).supplyTo((json, seed) -> {
      List<String> errors = errors(schema, json);
      RuntimeException readerError = read(reader, json);
      if (!errors.isEmpty() || readerError != null) {
        tally.disagreements.add("valid document " + json + "\n  schema: " + errors + "\n  reader: " + readerError);
        return;
      }
      tally.valid++;
      Random random = new Random(seed);
      JsonNode tree;
      try {
        tree = TREES.readTree(json);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
      for (int i = 0; i < MUTANTS_PER_DOCUMENT; i++) {
        JsonNode mutant = tree.deepCopy();
        String what = mutate(mutant, random);
        String text = mutant.toString();
        List<String> mutantErrors = errors(schema, text);
        RuntimeException mutantReaderError = read(reader, text);
        boolean schemaAccepts = mutantErrors.isEmpty();
        boolean readerAccepts = mutantReaderError == null;
        if (schemaAccepts && readerAccepts) {
          tally.bothAccepted++;
        } else if (!schemaAccepts && !readerAccepts) {
          tally.bothRejected++;
        } else if (schemaAccepts && beyondSchema.test(mutantReaderError)) {
          tally.beyondSchema++;
        } else {
          tally.disagreements.add(what + " in " + text + "\n  schema: " + mutantErrors + "\n  reader: " + mutantReaderError);
        }
      }
    });
    return tally;
  }

  private static RuntimeException read(Consumer<String> reader, String json) {
    try {
      reader.accept(json);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** Mutates one random place of a tree and says what it did. */
  static String mutate(JsonNode root, Random random) {
    List<String> pointers = new ArrayList<>();
    List<JsonNode> nodes = new ArrayList<>();
    collect(root, "", pointers, nodes);
    int at = random.nextInt(nodes.size());
    JsonNode node = nodes.get(at);
    String pointer = pointers.get(at);
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isObject() && random.nextInt(3) == 0) {
      ObjectNode o = (ObjectNode) node;
      if (o.size() > 0 && random.nextBoolean()) {
        String name = nth(o.fieldNames(), random.nextInt(o.size()));
        o.remove(name);
        return "dropped " + pointer + "/" + name;
      }
      o.put("unknownProperty", 1);
      return "added " + pointer + "/unknownProperty";
    }
    if (pointer.isEmpty()) {
      return "nothing (root)";
    }
    JsonNode replacement;
    switch (random.nextInt(15)) {
      case 0: replacement = f.nullNode(); break;
      case 1: replacement = node.isTextual() ? f.numberNode(7) : f.textNode(node.isValueNode() ? node.asText() : "x"); break;
      case 2: replacement = node.isBoolean() ? f.textNode("true") : f.booleanNode(true); break;
      case 3: replacement = node.isNumber() ? f.numberNode(node.decimalValue().negate().subtract(java.math.BigDecimal.ONE)) : f.numberNode(-1); break;
      case 4: replacement = node.isNumber() ? f.numberNode(node.decimalValue().add(new java.math.BigDecimal("0.5"))) : f.numberNode(2.5); break;
      case 5: replacement = f.numberNode(new java.math.BigInteger("99999999999999999999")); break;
      case 6: replacement = f.textNode(""); break;
      case 7: replacement = f.textNode(" "); break;
      case 8: replacement = f.textNode("Not A Value ✗"); break;
      case 9: replacement = f.arrayNode(); break;
      case 10: replacement = f.objectNode(); break;
      // the array form of a date, which Jackson's jsr310 deserializers would take
      case 11: replacement = f.arrayNode().add(2023).add(4).add(1); break;
      // white space at an end (a unit word must have none), a '/' (a location key's separator)
      case 12: replacement = f.textNode(" " + (node.isTextual() ? node.asText() : "x")); break;
      case 13: replacement = f.textNode((node.isTextual() ? node.asText() : "x") + "/"); break;
      default: replacement = node.isNumber() ? f.numberNode(0) : f.textNode("a-" + random.nextInt(1000)); break;
    }
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    }
    return "replaced " + pointer + " (" + node + ") by " + replacement;
  }

  private static String nth(Iterator<String> names, int n) {
    for (int i = 0; i < n; i++) {
      names.next();
    }
    return names.next();
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers, List<JsonNode> nodes) {
    pointers.add(pointer);
    nodes.add(node);
    if (node.isObject()) {
      node.properties().forEach(e -> collect(e.getValue(),
          pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), pointers, nodes));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, pointers, nodes);
      }
    }
  }

  /**
   * {@return whether an exception, or one of its causes, is a model check whose rule (or another cause,
   * a value's parser, whose message) contains one of the texts} For naming the rules between fields
   * and the value grammars (check digits, citations) that JSON Schema does not state.
   *
   * @param e  the reader's exception
   * @param ruleTexts  texts of the rules
   */
  public static boolean isRule(Throwable e, String... ruleTexts) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String rule = t instanceof org.municipaldx.core.InvalidValueException
          ? ((org.municipaldx.core.InvalidValueException) t).rule()
          : t != e ? t.getMessage() : null;
      for (String r : ruleTexts) {
        if (rule != null && rule.contains(r)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Runs {@link #check} for a type's generated schema ({@code DxSchemas.schema}) and the strict reader
   * ({@code DxJson.read}) on {@code trials} documents written from random values and their mutants,
   * counting only the named rules as the reader's own. The caller asserts on the tally: no disagreement,
   * and more mutants rejected by both than trials (so the mutants do reach the rules).
   *
   * @param <T>  the type
   * @param type  the type read and described by the schema
   * @param values  random valid values
   * @param trials  how many documents
   * @param rulesBetweenFields  texts of the reader's rules JSON Schema does not state (between two
   *     fields, value grammars such as check digits)
   * @return the tally
   */
  public static <T> Tally agree(Class<T> type, Trials<? extends T> values, int trials, String... rulesBetweenFields) {
    return check(org.municipaldx.core.json.DxSchemas.schema(type),
        json -> org.municipaldx.core.json.DxJson.read(json, type),
        values.map(org.municipaldx.core.json.DxJson::write), trials,
        e -> isRule(e, rulesBetweenFields));
  }

  /** {@return a validator's error as "pointer: message"} */
  static String describe(Error e) {
    return e.getInstanceLocation() + ": " + e.getMessage();
  }
}
