package kumo.domain.rules.v1;

import org.assertj.core.api.AbstractAssert;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.DeviationOutcome;
import kumo.domain.assessment.Finding;
import kumo.domain.catalogue.Status;

/** Assertions on a finding of an assessment, after exemptions and deviations: status and why. */
final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    private FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    static FindingAssert assertThatFinding(Assessment assessment, String requirementId) {
        Finding f = assessment.finding(requirementId);
        if (f == null) {
            throw new AssertionError("no finding " + requirementId);
        }
        return new FindingAssert(f);
    }

    FindingAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected %s to be %s but was %s (rule found %s); reasons %s", actual.id(), expected,
                    actual.status(), actual.ruleStatus(), actual.reasons());
        }
        return this;
    }

    /** What the rule itself found, before exemptions and deviations. */
    FindingAssert hasRuleStatus(Status expected) {
        isNotNull();
        if (actual.ruleStatus() != expected) {
            failWithMessage("Expected the rule of %s to find %s but it found %s; reasons %s", actual.id(), expected,
                    actual.ruleStatus(), actual.reasons());
        }
        return this;
    }

    FindingAssert hasReason(String key, Object... leadingArgs) {
        isNotNull();
        if (!RuleResultAssert.hasMessage(actual.reasons(), key, leadingArgs)) {
            failWithMessage("Expected %s to have reason %s but reasons were %s", actual.id(), key, actual.reasons());
        }
        return this;
    }

    FindingAssert doesNotHaveReason(String key) {
        isNotNull();
        if (actual.reasons().stream().anyMatch(m -> m.key().equals(key))) {
            failWithMessage("Expected %s not to have reason %s but reasons were %s", actual.id(), key, actual.reasons());
        }
        return this;
    }

    /** EXEMPT under this exemption, saying so in the reasons. */
    FindingAssert isExemptUnder(String exemptionId) {
        hasStatus(Status.EXEMPT).hasReason("finding.exempt", exemptionId);
        if (!exemptionId.equals(actual.exemptionId())) {
            failWithMessage("Expected %s exempt under %s but was under %s", actual.id(), exemptionId, actual.exemptionId());
        }
        return this;
    }

    /** Not lifted by any exemption. */
    FindingAssert isNotExempt() {
        isNotNull();
        if (actual.status() == Status.EXEMPT || actual.exemptionId() != null) {
            failWithMessage("Expected %s not to be exempt but it is exempt under %s", actual.id(), actual.exemptionId());
        }
        return doesNotHaveReason("finding.exempt");
    }

    /** DEVIATED by an approved deviation, saying who approved it. */
    FindingAssert isDeviated() {
        hasStatus(Status.DEVIATED).hasReason("finding.deviated");
        if (actual.deviation() == null) {
            failWithMessage("Expected %s to carry its deviation", actual.id());
        }
        return this;
    }

    /** PENDING because a deviation is recorded but not approved. */
    FindingAssert awaitsDeviationApproval() {
        hasStatus(Status.PENDING).hasReason("finding.deviationNotApproved").doesNotHaveReason("finding.deviationApprovedAfterDate");
        if (actual.deviation() == null || actual.deviationOutcome() != DeviationOutcome.NOT_APPROVED) {
            failWithMessage("Expected %s to carry its deviation, approval missing, but was %s", actual.id(), actual.deviationOutcome());
        }
        return this;
    }

    /** PENDING on a deviation whose approval is complete but dated after the assessment date. */
    FindingAssert hasDeviationApprovedAfterTheAssessmentDate() {
        hasStatus(Status.PENDING).hasReason("finding.deviationApprovedAfterDate").doesNotHaveReason("finding.deviationNotApproved");
        if (actual.deviation() == null || actual.deviationOutcome() != DeviationOutcome.APPROVED_AFTER_ASSESSMENT_DATE) {
            failWithMessage("Expected %s to carry its deviation, approved after the assessment date, but was %s",
                    actual.id(), actual.deviationOutcome());
        }
        return this;
    }
}
