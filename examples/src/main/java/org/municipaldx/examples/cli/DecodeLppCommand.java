package org.municipaldx.examples.cli;

import org.municipaldx.examples.output.DecodeLppOutput;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx decode-lpp PAYLOAD}: Cayenne LPP (hex or Base64) to readings, strictly. */
@Command(name = "decode-lpp", mixinStandardHelpOptions = true,
    description = {"Decodes a Cayenne LPP payload (hex or Base64) strictly: an unknown type, a truncated value or",
        "trailing bytes fail with the byte offset, the type byte and the payload in hex (exit code 1)."})
public final class DecodeLppCommand implements Callable<Integer> {

  /** How the payload text is encoded. */
  enum Encoding { auto, hex, base64 }

  @Parameters(index = "0", paramLabel = "PAYLOAD", description = "e.g. 03670110056700FF or A2cBEAVnAP8=")
  String payload;

  @Option(names = "--encoding", description = "auto (hex when the text is only hex digits, else Base64), hex or base64 "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "auto")
  Encoding encoding;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static boolean looksHex(String s) {
    String t = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    String digits = t.replaceAll("[\\s:-]", "");
    return !digits.isEmpty() && digits.length() % 2 == 0 && digits.matches("[0-9A-Fa-f]+");
  }

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      boolean hex = encoding == Encoding.hex || (encoding == Encoding.auto && looksHex(payload.strip()));
      bytes = hex ? CayenneLpp.fromHex(payload.strip()) : CayenneLpp.fromBase64(payload);
      List<LppValue> values = CayenneLpp.decode(bytes);
      PrintWriter out = spec.commandLine().getOut();
      out.println(format == Format.json ? Json.write(toJson(values, CayenneLpp.toHex(bytes))) : toText(values));
      out.flush();
      return DxCommand.OK;
    } catch (LppFormatException e) {
      spec.commandLine().getErr().println("dx decode-lpp: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
  }

  static DecodeLppOutput toJson(List<LppValue> values, String hex) {
    List<DecodeLppOutput.Reading> readings = new ArrayList<>();
    for (LppValue v : values) {
      readings.add(new DecodeLppOutput.Reading(v.channel(), v.type(), v.type().label(), v.type().code(), v.values(),
          v.type().fields().stream().map(LppType.Field::unit).toList(), v.type().defaultQuantity()));
    }
    return new DecodeLppOutput(hex, readings);
  }

  static String toText(List<LppValue> values) {
    StringBuilder sb = new StringBuilder();
    for (LppValue v : values) {
      sb.append(String.format("channel %d  %-22s", v.channel(), v.type().label()));
      List<LppType.Field> fields = v.type().fields();
      for (int i = 0; i < v.values().size(); i++) {
        BigDecimal value = v.values().get(i);
        sb.append(' ').append(value.toPlainString()).append(fields.get(i).unit().isEmpty() ? "" : " " + fields.get(i).unit());
      }
      sb.append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
