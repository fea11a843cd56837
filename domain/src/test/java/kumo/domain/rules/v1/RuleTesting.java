package kumo.domain.rules.v1;

import java.time.LocalDate;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.CatalogueParameters;
import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.system.Purpose;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs one rule, or the whole assessor, on builders; the date defaults to {@link Dates#ASSESSMENT_DATE}. */
final class RuleTesting {

    static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    static final LocalDate DATE = Dates.ASSESSMENT_DATE;

    private RuleTesting() {
    }

    static CatalogueParameters parameters() {
        return CATALOGUE.parameters();
    }

    static RuleContext context(Systems system, Services service, Plans plan, LocalDate date, CatalogueParameters parameters) {
        return new RuleContext(system.build(), service.build(), plan.build(), date, parameters);
    }

    static RuleResult evaluate(Rule rule, Systems system, Services service, Plans plan) {
        return evaluate(rule, system, service, plan, DATE);
    }

    static RuleResult evaluate(Rule rule, Systems system, Services service, Plans plan, LocalDate date) {
        return evaluate(rule, system, service, plan, date, parameters());
    }

    static RuleResult evaluate(Rule rule, Systems system, Services service, Plans plan, LocalDate date,
            CatalogueParameters parameters) {
        return rule.evaluate(context(system, service, plan, date, parameters));
    }

    static Assessment assess(Systems system, Services service, Plans plan) {
        return assess(system, service, plan, DATE);
    }

    static Assessment assess(Systems system, Services service, Plans plan, LocalDate date) {
        return new Assessor(CATALOGUE).assess(system.build(), service.build(), plan.build(), date);
    }

    /**
     * The three exemptions of §4(6)/§4(7), each as a complete system and service for which it applies
     * (and no other exemption does).
     */
    enum ExemptionCase {
        /** §4(6): an LGWAN-ASP, not on the ISMAP list. */
        LGWAN("EXM-LGWAN"),
        /** §4(7): a public cloud on the ISMAP list with a registration valid on the assessment date. */
        ISMAP("EXM-ISMAP"),
        /** §4(6): surveillance video stored in a public cloud meeting every non-recommended 別紙 item, not on the ISMAP list. */
        VIDEO("EXM-VIDEO");

        final String id;

        ExemptionCase(String id) {
            this.id = id;
        }

        Systems system() {
            Systems s = Systems.aCompleteC2System();
            return this == VIDEO ? s.purpose(Purpose.VIDEO_SURVEILLANCE_STORAGE) : s;
        }

        Services service() {
            return switch (this) {
                case LGWAN -> Services.aFullyCapableService().lgwanAsp().notOnIsmapList();
                case ISMAP -> Services.aFullyCapableService();
                case VIDEO -> Services.aFullyCapableService().notOnIsmapList();
            };
        }

        /** Assesses and checks that this exemption, and only this one, applied. */
        Assessment assess(Systems system, Services service, Plans plan) {
            Assessment a = RuleTesting.assess(system, service, plan);
            assertThat(a.exemptions()).as("exemptions applied")
                    .filteredOn(e -> e.state() == ExemptionState.APPLIED)
                    .extracting(e -> e.id()).containsExactly(id);
            return a;
        }

        Assessment assess(Plans plan) {
            return assess(system(), service(), plan);
        }
    }
}
