package kumo.domain.assessment;

import java.util.List;

import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.Message;

/**
 * How one exemption came out, with the reasons and the requirements it exempts when applied.
 *
 * @param restoration for an exemption that does not apply only for reasons the city or the provider can
 *                    fix, what would bring it back; else {@code null}
 */
public record ExemptionResult(ExemptionDefinition exemption, ExemptionState state, List<Message> reasons,
        Restoration restoration) {

    public ExemptionResult {
        reasons = List.copyOf(reasons);
        if (restoration != null && state != ExemptionState.NOT_APPLICABLE) {
            throw new IllegalArgumentException("only an exemption that does not apply can be restored: " + exemption.id());
        }
    }

    public ExemptionResult(ExemptionDefinition exemption, ExemptionState state, List<Message> reasons) {
        this(exemption, state, reasons, null);
    }

    public String id() {
        return exemption.id();
    }

    /**
     * What would bring a lost exemption back.
     *
     * @param items   the requirements whose failure alone keeps it from applying (each closed by the
     *                contract or specification), e.g. SEC-02 for EXM-VIDEO; empty when {@code how} says it all
     * @param how     the step, when it is not meeting {@code items} (e.g. obtaining a renewed registration): a
     *                text whose arguments after its own are the findings the step settles and a sentence on the
     *                consultations it makes unnecessary (possibly empty); else {@code null}
     * @param settles requirements outside the exemption's own list that the step also settles (e.g. PROC-05,
     *                which no longer applies once the service is listed again)
     */
    public record Restoration(List<String> items, Message how, List<String> settles) {

        public Restoration {
            items = List.copyOf(items);
            settles = List.copyOf(settles);
        }
    }
}
