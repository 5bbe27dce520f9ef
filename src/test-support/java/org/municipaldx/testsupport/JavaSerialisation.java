package org.municipaldx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * Java serialisation for the modules' tamper tests (issue 14: every {@code Serializable} value
 * re-validates in {@code readResolve}): write a value, change bytes of the stream, read it back.
 */
public final class JavaSerialisation {
  private JavaSerialisation() {}

  /** {@return the value's Java serialisation stream} */
  public static byte[] serialise(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  /** {@return the value read back from a Java serialisation stream} */
  public static Object deserialise(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  /** {@return a copy of {@code stream} with the only occurrence of {@code from} replaced by {@code to} (same length)} */
  public static byte[] tamper(byte[] stream, byte[] from, byte[] to) {
    assertThat(to).hasSameSizeAs(from);
    int at = -1;
    for (int i = 0; i + from.length <= stream.length; i++) {
      boolean match = true;
      for (int j = 0; j < from.length && match; j++) {
        match = stream[i + j] == from[j];
      }
      if (match) {
        assertThat(at).as("the bytes to tamper with occur once").isEqualTo(-1);
        at = i;
      }
    }
    assertThat(at).as("the bytes to tamper with occur in the stream").isNotNegative();
    byte[] out = stream.clone();
    System.arraycopy(to, 0, out, at, to.length);
    return out;
  }
}
