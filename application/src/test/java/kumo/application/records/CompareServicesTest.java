package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.InformationClassificationDto;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.CompareServicesUseCase.Comparison;
import kumo.application.records.port.in.CompareServicesUseCase.Subject;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.service.CompareServicesService;
import kumo.domain.classification.Confidentiality;
import org.junit.jupiter.api.Test;

class CompareServicesTest {

    /** 2026-12-01 in Kobe. */
    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-11-30T15:30:00Z"));
    private final StoreSession records = Fixtures.session(new InMemoryStore(), clock, () -> "a");
    private final CompareServicesUseCase compare = new CompareServicesService(Fixtures.ASSESS, records.showProfile(), clock);

    private final AssessmentRequestDocument eligible = Fixtures.request(Fixtures.example("eligible-ismap-iaas.json"));
    private final AssessmentRequestDocument abroad = Fixtures.request(Fixtures.example("not-eligible-data-abroad.json"));

    private void store() {
        records.saveProfile().save(ProfileKind.SERVICE, "iaas", eligible.service(), null, Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SERVICE, "abroad", abroad.service(), null, Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SYSTEM, "sys", eligible.system(), null, Fixtures.ACTOR);
    }

    @Test
    void eachColumnIsTheAssessmentOfTheSystemOnThatStoredServiceWithNoPlan() {
        store();
        Comparison c = compare.compare(Subject.stored("sys"), List.of("abroad", "iaas", "abroad"));
        assertThat(c.systemId()).isEqualTo("sys");
        assertThat(c.columns()).extracting(col -> col.service().id()).containsExactly("abroad", "iaas");
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (CompareServicesUseCase.Column col : c.columns()) {
            AssessmentRequestDocument same = new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null, null,
                    eligible.system(), col.service().profile(), null);
            assertThat(col.result()).as(col.service().id()).isEqualTo(Fixtures.ASSESS.assess(same, today));
            assertThat(col.result().assessmentDate()).isEqualTo(today);
        }
        assertThat(c.columns().get(0).result().verdict().code())
                .isNotEqualTo(c.columns().get(1).result().verdict().code());
    }

    @Test
    void aClassificationTypedInIsASystemWithOnlyThatKnown() {
        store();
        InformationClassificationDto c3 = new InformationClassificationDto(null, Confidentiality.C3, null, null, null,
                false, true);
        Comparison c = compare.compare(Subject.classified(c3), List.of("iaas"));
        assertThat(c.systemId()).isNull();
        assertThat(c.system().classification()).isEqualTo(c3);
        assertThat(c.system().name()).isNull();
        assertThat(c.columns().get(0).result().verdict().code()).isEqualTo("PROHIBITED");
    }

    @Test
    void noServiceOrBothOrNeitherSystemIsRefusedNamingTheField() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(new Subject(null, null), Collections.emptyList()));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$.system", "$.services");
        assertThat(e.violations().get(1).message().ja()).contains("1 つ以上");
        InvalidDocumentException both = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(new Subject("sys", new InformationClassificationDto(null, null, null, null, null,
                        null, null)), List.of("iaas")));
        assertThat(both.violations()).extracting(Violation::path).containsExactly("$.system");
        List<String> many = java.util.stream.IntStream.rangeClosed(0, CompareServicesUseCase.MAX_SERVICES)
                .mapToObj(i -> "s" + i).toList();
        InvalidDocumentException tooMany = catchThrowableOfType(InvalidDocumentException.class,
                () -> compare.compare(Subject.stored("sys"), many));
        assertThat(tooMany.violations().get(0).message().en()).contains("At most 12").contains("13 are chosen");
    }

    @Test
    void anUnknownSystemOrServiceIsNotFoundByName() {
        store();
        StoreException system = catchThrowableOfType(StoreException.class,
                () -> compare.compare(Subject.stored("nope"), List.of("iaas")));
        assertThat(system.reason()).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(system.text().en()).contains("nope");
        StoreException service = catchThrowableOfType(StoreException.class,
                () -> compare.compare(Subject.stored("sys"), List.of("iaas", "gone")));
        assertThat(service.reason()).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(service.text().ja()).contains("gone").contains("クラウドサービス");
    }
}
