package kumo.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Requirement;
import kumo.domain.classification.Availability;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.system.SystemProfile;
import kumo.domain.testdata.Systems;

class ProcurementFormTest {

    private final ProcurementForm form = CatalogueV1.procurementForm();

    @Test
    void theTextsExistInBothLanguagesWithTheSameKeys() {
        assertThat(form.texts().keys(Language.EN)).isEqualTo(form.texts().keys(Language.JA));
        for (SupportRow row : form.supportRows()) {
            assertThat(form.texts().has("support." + row.key() + ".requirement")).as(row.key()).isTrue();
            for (int i = 1; i <= row.contentLines(); i++) {
                assertThat(form.texts().has("support." + row.key() + ".content." + i)).as(row.key()).isTrue();
            }
        }
        form.categories().forEach(c -> assertThat(form.texts().has("category." + c.key())).as(c.key()).isTrue());
    }

    @Test
    void onlyThePolicysTwoAnnexItemsCarryTheRecommendedMark() {
        assertThat(form.items().stream().filter(SpecificationItem::recommended).map(SpecificationItem::requirementIds))
                .containsExactly(List.of("EXIT-08"), List.of("ASR-03"));
    }

    @Test
    void everyServiceRequirementHasAnItemOrASupportRow() {
        for (Requirement r : CatalogueV1.catalogue().requirements()) {
            boolean inForm = form.items().stream().anyMatch(i -> i.requirementIds().contains(r.id()))
                    || form.supportRows().stream().anyMatch(s -> s.requirementIds().contains(r.id()));
            assertThat(inForm).as(r.id()).isEqualTo(r.kind() == Kind.SERVICE);
        }
    }

    @Test
    void aFormThatLeavesOutAServiceRequirementDoesNotLoad() {
        assertThatThrownBy(() -> ProcurementForm.load("/kumo/domain/procurement/without-asr01/", CatalogueV1.catalogue()))
                .hasMessageContaining("ASR-01");
    }

    @Test
    void theRecoveryItemsCarryTheSystemsOwnFiguresInBothLanguages() {
        SpecificationItem recovery = item("exit01-recovery-time");
        SpecificationItem rpo = item("sec06-recovery-point");
        SystemProfile stated = Systems.aSystem().availability(Availability.A2).toleratedOutageHours(4.0)
                .toleratedDataLossHours(0.5).build();
        assertThat(form.text(Language.JA, recovery, stated)).endsWith("許容停止時間（4 時間）以内であること。");
        assertThat(form.text(Language.EN, recovery, stated)).endsWith("tolerated outage (4 hours).");
        assertThat(form.text(Language.JA, rpo, stated)).endsWith("許容データ損失（0.5 時間）以内であること。");
        assertThat(form.text(Language.EN, rpo, stated)).endsWith("tolerated data loss (0.5 hours).");
        SystemProfile a2 = Systems.aSystem().availability(Availability.A2).build();
        assertThat(form.text(Language.JA, recovery, a2)).contains("【市記入】");
        assertThat(form.text(Language.EN, recovery, a2)).contains("[To be filled in by the city]");
        SystemProfile a1 = Systems.aSystem().availability(Availability.A1).build();
        assertThat(form.text(Language.JA, recovery, a1)).isEqualTo(form.texts().get(Language.JA, "item.exit01-recovery-time"));
        assertThat(form.text(Language.EN, rpo, a1)).isEqualTo(form.texts().get(Language.EN, "item.sec06-recovery-point"));
    }

    private SpecificationItem item(String key) {
        return form.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void subItemsFollowTheirParent() {
        SpecificationItem notice = form.items().stream().filter(i -> i.key().equals("exit02-notice")).findFirst().orElseThrow();
        assertThat(form.subItems(notice)).extracting(SpecificationItem::key)
                .containsExactly("exit02-interruption", "exit02-cancellation");
    }
}
