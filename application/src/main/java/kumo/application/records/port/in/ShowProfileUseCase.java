package kumo.application.records.port.in;

import java.util.List;
import java.util.Optional;

import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;

/** Shows one stored service or system (incoming port). */
public interface ShowProfileUseCase {

    /** The row under {@code id}; empty for none (or a {@code null} id). */
    <P, R extends ProfileRecord<P>> Optional<R> find(ProfileKind<P, R> kind, String id);

    /**
     * The dated evidence a service profile names (ISMAP registrations, certifications, audit reports) with the
     * last day each is usable, soonest first — the validity of a stored service's evidence, whether or not any
     * assessment relied on it yet.
     */
    List<AssessmentIndex.EvidenceExpiry> evidenceOf(CloudServiceProfileDto profile);
}
