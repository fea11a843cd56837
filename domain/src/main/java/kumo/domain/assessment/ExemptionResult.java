package kumo.domain.assessment;

import java.util.List;

import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.Message;

/** How one exemption came out, with the reasons and the requirements it exempts when applied. */
public record ExemptionResult(ExemptionDefinition exemption, ExemptionState state, List<Message> reasons) {

    public ExemptionResult {
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return exemption.id();
    }
}
