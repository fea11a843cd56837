package kumo.application.records.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.InformationClassificationDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.ProfileKind;
import kumo.application.records.ServiceRecord;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.SystemRecord;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.ShowProfileUseCase;

/**
 * {@link CompareServicesUseCase} over the assessor and the stored profiles. Stored profiles were checked by the
 * rules of a format-1 request when saved ({@link ProfileKind#requestWith}), so the requests are format 1.
 */
public final class CompareServicesService implements CompareServicesUseCase {

    private final AssessUseCase assess;
    private final ShowProfileUseCase profiles;
    private final Clock clock;

    public CompareServicesService(AssessUseCase assess, ShowProfileUseCase profiles, Clock clock) {
        this.assess = Objects.requireNonNull(assess, "assess");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Comparison compare(Subject subject, List<String> serviceIds) {
        return compareWith(subject, serviceIds == null ? List.of()
                : serviceIds.stream().filter(Objects::nonNull).map(ServiceChoice::stored).toList());
    }

    @Override
    public Comparison compareWith(Subject subject, List<ServiceChoice> services) {
        Objects.requireNonNull(subject, "subject");
        List<Violation> problems = new ArrayList<>();
        boolean stored = subject.systemId() != null && !subject.systemId().isBlank();
        long ways = (stored ? 1 : 0) + (subject.classification() != null ? 1 : 0) + (subject.profile() != null ? 1 : 0);
        if (ways != 1) {
            problems.add(new Violation("$.system", "compareSystem", StoreTexts.of("compare.system.oneOf")));
        }
        Map<String, ServiceChoice> ids = new LinkedHashMap<>();
        if (services != null) {
            services.stream().filter(c -> c != null && c.id() != null && !c.id().isBlank())
                    .forEach(c -> ids.putIfAbsent(c.id(), c));
        }
        if (ids.isEmpty()) {
            problems.add(new Violation("$.services", "compareServices", StoreTexts.of("compare.services.none")));
        } else if (ids.size() > MAX_SERVICES) {
            problems.add(new Violation("$.services", "compareServices",
                    StoreTexts.of("compare.services.tooMany", MAX_SERVICES, ids.size())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        SystemProfileDto system = stored ? storedSystem(subject.systemId())
                : subject.profile() != null ? subject.profile() : classified(subject.classification());
        LocalDate today = LocalDate.now(clock);
        List<Column> columns = new ArrayList<>();
        for (ServiceChoice choice : ids.values()) {
            String id = choice.id();
            ServiceRecord service = choice.profile() != null
                    ? new ServiceRecord(id, 0, choice.profile(), null, null)
                    : profiles.find(ProfileKind.SERVICE, id).orElseThrow(() -> notFound(ProfileKind.SERVICE, id));
            AssessmentRequestDocument request = new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null,
                    null, system, service.profile(), null);
            columns.add(new Column(service, assess.assess(request, today)));
        }
        return new Comparison(stored ? subject.systemId() : null, system, columns);
    }

    private SystemProfileDto storedSystem(String id) {
        SystemRecord row = profiles.find(ProfileKind.SYSTEM, id).orElseThrow(() -> notFound(ProfileKind.SYSTEM, id));
        return row.profile();
    }

    /** A system known only by its classification: every other fact unknown. */
    private static SystemProfileDto classified(InformationClassificationDto classification) {
        return new SystemProfileDto(null, null, null, null, null, null, null, null, null, null, null, null, null,
                classification, null, null, null, null);
    }

    private static StoreException notFound(ProfileKind<?, ?> kind, String id) {
        return StoreTexts.error(StoreException.Reason.NOT_FOUND, "store.notFound", "@store.kind." + kind.type(), id);
    }
}
