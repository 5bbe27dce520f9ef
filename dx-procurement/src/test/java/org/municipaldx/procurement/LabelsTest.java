package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Labelled;

/**
 * Every constant of dx-procurement's enums with its Japanese and English label (the seed's words and their
 * translation), its OCDS code where it has one, and parse of each label back to the constant.
 */
class LabelsTest {

  private static <E extends Enum<E> & Labelled> String table(Class<E> type, Function<E, String> extra) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name() + "=" + e.japaneseName() + "/" + e.englishName() + (extra == null ? "" : "/" + extra.apply(e)))
        .collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E> & Labelled> void parsesItsLabels(Class<E> type, Function<CharSequence, E> parse) {
    for (E e : type.getEnumConstants()) {
      assertThat(parse.apply(e.japaneseName())).isSameAs(e);
      assertThat(parse.apply(e.englishName())).isSameAs(e);
    }
  }

  @Test
  void procurementMethodsWithTheirOcdsProcurementMethod() {
    assertThat(table(ProcurementMethod.class, ProcurementMethod::ocdsCode)).isEqualTo(
        "OPEN_TENDER=一般競争入札/open competitive bidding/open, "
            + "CONDITIONAL_OPEN_TENDER=条件付一般競争入札/conditional open competitive bidding/open, "
            + "DESIGNATED_TENDER=指名競争入札/designated competitive bidding/limited, "
            + "NEGOTIATED=随意契約/negotiated contract/limited, "
            + "SOLE_SOURCE=特命随意契約/sole-source negotiated contract/direct, "
            + "PUBLIC_PROPOSAL=公募型プロポーザル/public proposal/open");
    parsesItsLabels(ProcurementMethod.class, ProcurementMethod::parse);
  }

  @Test
  void categoriesWithTheirOcdsProcurementCategory() {
    assertThat(table(ProcurementCategory.class, ProcurementCategory::ocdsCode))
        .isEqualTo("WORKS=工事/works/works, GOODS=物品/goods/goods, SERVICES=役務/services/services");
    parsesItsLabels(ProcurementCategory.class, ProcurementCategory::parse);
  }

  @Test
  void channelsAttendanceModesStatesAndSiteEventKinds() {
    assertThat(table(Channel.class, null)).isEqualTo("ELECTRONIC=電子/electronic, PAPER=紙/paper");
    assertThat(table(AttendanceMode.class, null)).isEqualTo("ON_SITE=現地臨場/on site, REMOTE=遠隔臨場/remote");
    assertThat(table(DigitalState.class, null))
        .isEqualTo("PAPER=紙/paper, PARTLY_DIGITAL=一部デジタル/partly digital, DIGITAL=デジタル/digital");
    assertThat(table(SiteEventKind.class, null)).isEqualTo(
        "SUPERVISION=監督/supervision, INTERIM_INSPECTION=中間検査/interim inspection, "
            + "COMPLETION_INSPECTION=完了検査/completion inspection");
    parsesItsLabels(Channel.class, Channel::parse);
    parsesItsLabels(AttendanceMode.class, AttendanceMode::parse);
    parsesItsLabels(DigitalState.class, DigitalState::parse);
    parsesItsLabels(SiteEventKind.class, SiteEventKind::parse);
  }

  /** The seed's pipeline 設計▶積算▶起工▶契約▶監督▶完了検査▶支払, in this order. */
  @Test
  void theSevenPipelineStagesInTheSeedsOrder() {
    assertThat(table(PipelineStage.class, null)).isEqualTo(
        "DESIGN=設計/design, COST_ESTIMATION=積算/cost estimation, WORKS_ORDER=起工/works order, CONTRACT=契約/contract, "
            + "SUPERVISION=監督/supervision, COMPLETION_INSPECTION=完了検査/completion inspection, PAYMENT=支払/payment");
    assertThat(Arrays.stream(PipelineStage.values()).map(PipelineStage::japaneseName)
        .collect(Collectors.joining(PipelineStage.SEPARATOR))).isEqualTo("設計▶積算▶起工▶契約▶監督▶完了検査▶支払");
    parsesItsLabels(PipelineStage.class, PipelineStage::parse);
  }
}
