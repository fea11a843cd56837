package kumo.application.records.port.out;

import java.util.List;

import kumo.application.records.AssessmentIndex;
import kumo.application.records.Recorded;


/** Reads what a system's assessments recorded over time (outgoing port). */
public interface LoadSystemHistoryPort {

    /** The risk decisions the system's assessments recorded, oldest assessment first. */
    List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId);

    /** The consultations the system's assessments recorded, oldest assessment first. */
    List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId);
}
