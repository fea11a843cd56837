package kumo.application.records.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of each stored system's latest recorded assessment, by department (incoming port): what a
 * department overview shows (the web's {@code /departments}, a later {@code kumo system list --verdicts}).
 */
public interface SystemVerdictsUseCase {

    /** The departments in name order (systems without a department last), each with its systems by key. */
    List<Department> byDepartment();

    /**
     * One department's systems.
     *
     * @param name    the department as the system profiles name it; {@code null} for systems that name none
     * @param systems its systems, by key
     */
    record Department(String name, List<SystemVerdict> systems) {

        public Department {
            systems = List.copyOf(systems);
        }
    }

    /**
     * One stored system and its latest recorded assessment.
     *
     * @param systemId       the system's key
     * @param name           the system's name, {@code null} when the profile has none
     * @param assessmentId   its latest assessment, {@code null} when none is recorded
     * @param serviceId      the service that assessment was of, else {@code null}
     * @param verdict        that assessment's verdict code ({@code kumo.domain.assessment.Verdict} name), else {@code null}
     * @param assessmentDate the date it was assessed on, else {@code null}
     */
    record SystemVerdict(String systemId, String name, String assessmentId, String serviceId, String verdict,
            LocalDate assessmentDate) {

        public SystemVerdict {
            Objects.requireNonNull(systemId, "systemId");
        }
    }
}
