package kumo.domain.assessment;

/** What kind of step a next action is. */
public enum ActionType {
    CHANGE_PLAN, CHOOSE_OTHER_SERVICE, ADD_CONTRACT_CLAUSE, OBTAIN_EVIDENCE, RECORD_STEP, HOLD_CONSULTATION,
    DECIDE_RISK, CONFIRM_PROPOSAL, APPROVE_DEVIATION, CONSIDER
}
