package kumo.domain.plan;

public enum AdvisorView {
    NO_OBJECTION, CONDITIONS, OBJECTION
}
