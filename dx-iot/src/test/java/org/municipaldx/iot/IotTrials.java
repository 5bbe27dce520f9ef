package org.municipaldx.iot;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;

/**
 * dx-iot's generators (Americium {@link Trials}) in one place: strings, lists, byte payloads and
 * Cayenne LPP values. Americium shrinks a failing case and prints it with the recipe that reproduces it
 * ({@code .withRecipe(recipe)} or {@code -Dtrials.recipeHash=…}).
 */
public final class IotTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();

  private IotTrials() {}

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  public static Trials<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return API.integers(min, max).flatMap(n -> API.choose(alphabet).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Strings of at most {@code max} characters of any kind (any UTF-16 code unit). */
  public static Trials<String> anyStrings(int max) {
    return API.integers(0, max).flatMap(n -> API.characters().immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Lists of at most {@code max} elements. */
  public static <T> Trials<List<T>> listsUpTo(Trials<T> elements, int max) {
    return API.integers(0, max).flatMap(n -> elements.immutableListsOfSize(n).map(l -> (List<T>) l));
  }

  /** Byte arrays of at most {@code max} bytes. */
  public static Trials<byte[]> bytesUpTo(int max) {
    return listsUpTo(API.bytes(), max).map(l -> {
      byte[] out = new byte[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = l.get(i);
      }
      return out;
    });
  }

  /** Cayenne LPP values of every type, channel 0–255, every field anywhere in its range. */
  public static Trials<LppValue> lppValues() {
    return API.choose(LppType.values()).flatMap(type -> {
      List<Trials<Long>> raws = new ArrayList<>();
      for (LppType.Field f : type.fields()) {
        raws.add(API.longs(f.minRaw(), f.maxRaw()));
      }
      return API.integers(0, 255).flatMap(c -> API.immutableLists(raws)
          .map(l -> LppValue.ofRaw(c, type, l.stream().mapToLong(Long::longValue).toArray())));
    });
  }

  /** Frames of up to 8 values. */
  public static Trials<List<LppValue>> lppFrames() {
    return listsUpTo(lppValues(), 8);
  }
}
