package kumo.application.records.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.SystemRecord;
import kumo.application.records.port.in.ListAssessmentsUseCase;
import kumo.application.records.port.in.ListProfilesUseCase;
import kumo.application.records.port.in.SystemVerdictsUseCase;

/** {@link SystemVerdictsUseCase} over the listing use cases: every stored system, and its newest assessment. */
public final class SystemVerdictsService implements SystemVerdictsUseCase {

    private final ListProfilesUseCase profiles;
    private final ListAssessmentsUseCase assessments;

    public SystemVerdictsService(ListProfilesUseCase profiles, ListAssessmentsUseCase assessments) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
    }

    @Override
    public List<Department> byDepartment() {
        Map<String, List<SystemVerdict>> byName = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        int page = 1;
        Page<SystemRecord> systems;
        do {
            systems = profiles.list(ProfileKind.SYSTEM, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (SystemRecord s : systems.items()) {
                List<AssessmentSummary> latest = assessments.list(new AssessmentQuery(s.id(), null, null),
                        new PageRequest(1, 1)).items();
                AssessmentSummary a = latest.isEmpty() ? null : latest.get(0);
                byName.computeIfAbsent(s.profile().department(), d -> new ArrayList<>()).add(new SystemVerdict(s.id(),
                        s.profile().name(), a == null ? null : a.id(), a == null ? null : a.serviceId(),
                        a == null ? null : a.verdict(), a == null ? null : a.assessmentDate()));
            }
        } while (systems.hasNext());
        List<Department> departments = new ArrayList<>();
        byName.forEach((name, list) -> departments.add(new Department(name, list)));
        return List.copyOf(departments);
    }
}
