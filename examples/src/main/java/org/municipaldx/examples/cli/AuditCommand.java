package org.municipaldx.examples.cli;

import org.municipaldx.examples.output.AuditOutput;
import org.municipaldx.examples.output.ExactRatio;
import org.municipaldx.examples.output.Rounding;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.notation.AuditReport;
import org.municipaldx.metrics.notation.FormulaFinding;
import org.municipaldx.metrics.notation.NotationAudit;
import org.municipaldx.metrics.notation.SumFinding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx audit FILE}: checks every formula in the source notation found in a UTF-8 text. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Finds every formula in the seed's notation (e.g. 30分×1,303件=39,090分=651.5時間) in a UTF-8 text,",
        "recomputes it exactly and reports whether the stated minutes and hours are consistent with a rounding policy,",
        "and which rounding policies (if any) explain every stated figure."})
public final class AuditCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "a UTF-8 text file")
  Path file;

  @Option(names = "--rounding", paramLabel = "MODE",
      description = "HALF_UP, HALF_EVEN, FLOOR or CEILING (the source's policy: exact when within one decimal, "
          + "else rounded to whole hours with MODE), or a full policy such as HALF_UP/1 or FLOOR/0.5 exact/0.1. "
          + "Default: ${DEFAULT-VALUE}",
      defaultValue = "HALF_UP")
  String rounding;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--fail-on-inconsistency", description = "exit with 4 when any figure is inconsistent")
  boolean failOnInconsistency;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static RoundingPolicy policy(String text) {
    try {
      return RoundingPolicy.seed(RoundingMode.valueOf(text));
    } catch (IllegalArgumentException notAMode) {
      return RoundingPolicy.parse(text);
    }
  }

  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new org.municipaldx.core.InputException(org.municipaldx.core.InputLocation.of(file.toString()),
          "is not UTF-8 text: " + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws IOException {
    RoundingPolicy policy;
    try {
      policy = policy(rounding);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounding: " + e.getMessage());
    }
    AuditReport report = NotationAudit.audit(readUtf8(file), policy);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(toJson(report)));
    } else {
      out.print(toText(report));
    }
    out.flush();
    boolean inconsistent = !report.inconsistentFormulas().isEmpty() || !report.inconsistentSums().isEmpty();
    return failOnInconsistency && inconsistent ? DxCommand.FINDINGS : DxCommand.OK;
  }

  static String exact(Rational r) {
    return r.toBigDecimalExact().map(BigDecimal::toPlainString).orElse(r.toString());
  }

  static AuditOutput toJson(AuditReport report) {
    List<AuditOutput.Formula> formulas = new ArrayList<>();
    for (FormulaFinding f : report.formulas()) {
      formulas.add(new AuditOutput.Formula(f.text(), f.line(), f.column(), f.offset(),
          f.statedMinutes().isPresent() ? java.util.Optional.of(f.statedMinutes().getAsLong()) : java.util.Optional.empty(),
          f.exactMinutes(), f.statedHours(), ExactRatio.of(f.exactHours()), f.expectedHours(report.policy()),
          f.minutesConsistent(), f.consistentWith(report.policy()),
          f.explainedBy(RoundingPolicy.standardCandidates()).stream().map(Rounding::of).toList()));
    }
    List<AuditOutput.Sum> sums = new ArrayList<>();
    for (SumFinding s : report.sums()) {
      sums.add(new AuditOutput.Sum(s.text(), s.line(), s.column(), s.exactMinutes(), s.statedMinutes(), s.consistent()));
    }
    AuditOutput.Summary summary = new AuditOutput.Summary(Rounding.of(report.policy()), report.formulas().size(),
        report.sums().size(), report.inconsistentFormulas().size(), report.wrongMinutes().size(),
        report.inconsistentSums().size(),
        report.explainingPolicies(RoundingPolicy.standardCandidates()).stream().map(Rounding::of).toList(),
        report.problems().stream().map(p -> new AuditOutput.Problem(p.line(), p.column(), p.message())).toList());
    return new AuditOutput(formulas, sums, summary);
  }

  static String toText(AuditReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Audit under ").append(report.policy()).append('\n');
    for (FormulaFinding f : report.formulas()) {
      boolean ok = f.consistentWith(report.policy());
      sb.append(String.format("%s %d:%d  %s%n", ok ? "ok " : "NG ", f.line(), f.column(), f.text()));
      if (!ok) {
        sb.append("      exact: ").append(Figures.group(f.exactMinutes())).append("分 = ")
            .append(exact(f.exactHours())).append("時間; expected ")
            .append(f.expectedHours(report.policy()).toPlainString()).append("時間");
        f.statedMinutes().ifPresent(m -> sb.append("; stated ").append(Figures.group(m)).append("分"));
        f.statedHours().ifPresent(h -> sb.append(" / ").append(h.toPlainString()).append("時間"));
        sb.append("; explained by: ").append(f.explainedBy(RoundingPolicy.standardCandidates()).stream()
            .map(Object::toString).collect(Collectors.joining(", "))).append('\n');
      }
    }
    for (SumFinding s : report.sums()) {
      sb.append(String.format("%s %d:%d  %s%n", s.consistent() ? "ok " : "NG ", s.line(), s.column(), s.text()));
    }
    sb.append(report.summary()).append('\n');
    return sb.toString();
  }
}
