package kumo.domain.assessment;

import kumo.domain.catalogue.Message;

/**
 * What would move the assessment towards the next verdict, tied to a requirement, risk or exemption ID.
 *
 * @param blocking whether taking it can move the verdict; {@code false} for advisories (RECOMMENDED requirements
 *                 that restore nothing, evidence for an exemption that would settle nothing open) and for
 *                 every action of an assessment out of scope
 * @param stage    the verdict this action stands in the way of leaving (e.g. INCOMPLETE for evidence to obtain)
 */
public record NextAction(String target, ActionType type, boolean blocking, Verdict stage, Message text) {
}
