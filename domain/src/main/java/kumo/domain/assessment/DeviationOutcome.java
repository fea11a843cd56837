package kumo.domain.assessment;

/**
 * What became of a deviation recorded for a finding's requirement (policy-model §4 "Deviable").
 */
public enum DeviationOutcome {
    /** approved by the assessment date: the finding is DEVIATED */
    ACCEPTED,
    /** part of the approval is missing (rationale, link to the flow-wide design, approver or date): PENDING */
    NOT_APPROVED,
    /** complete, but approved after the assessment date, so it does not count yet: PENDING */
    APPROVED_AFTER_ASSESSMENT_DATE,
    /** refused by the approver (the answer on record is no): the rule's own finding stands */
    REFUSED,
    /** refused by the rule: the outcome rests on a part of the requirement that is not an example item */
    NOT_DEVIABLE;

    /** Whether the deviation lifted the finding. */
    public boolean accepted() {
        return this == ACCEPTED;
    }
}
