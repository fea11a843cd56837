package kumo.application.records.port.in;

import java.util.List;

import kumo.application.records.AssessmentIndex;
import kumo.application.records.Recorded;


/** What a system's assessments recorded over time (incoming port). */
public interface ShowSystemHistoryUseCase {

    /** The risk decisions recorded for a system over time, oldest first. */
    List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId);

    /** The CIO-advisor consultations recorded for a system over time, oldest first. */
    List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId);
}
