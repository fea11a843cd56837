package kumo.application.spec;

import java.time.LocalDate;

import kumo.application.document.InvalidDocumentException;
import kumo.domain.catalogue.Language;

/**
 * The non-functional requirements of a procurement specification for one system, after the policy's §5
 * (incoming port; {@code kumo spec}, and a web route later). The input is an assessment request
 * ({@code assessment-request/1} or {@code /2}): its {@code system} is required; its {@code service} may be
 * absent and, when present, only its {@code deployment} is used (the deployment the city intends, which
 * decides ENT-01/ENT-02), the rest of it and the {@code plan} are validated as for an assessment and not used.
 */
public interface ProcurementSpecificationUseCase {

    /**
     * The specification for the system of a request given as UTF-8 JSON.
     *
     * @param today the date the specification is made on when the request has no {@code assessmentDate}
     * @throws InvalidDocumentException when the JSON is malformed or the request breaks a rule of the format
     */
    ProcurementSpecification specify(byte[] json, Language language, LocalDate today);
}
