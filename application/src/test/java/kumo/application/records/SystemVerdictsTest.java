package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.in.SystemVerdictsUseCase;
import kumo.application.records.port.in.SystemVerdictsUseCase.Department;
import kumo.application.records.service.SystemVerdictsService;
import org.junit.jupiter.api.Test;

class SystemVerdictsTest {

    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-11-30T15:30:00Z"));
    private int ids;
    private final StoreSession records = Fixtures.session(new InMemoryStore(), clock, () -> "a" + ++ids);
    private final SystemVerdictsUseCase verdicts = new SystemVerdictsService(records.listProfiles(),
            records.listAssessments());

    private void record(String example, String system, String department) {
        ObjectNode tree = Fixtures.tree(example);
        ((ObjectNode) tree.path("system")).put("name", system).put("department", department);
        records.recordAssessment().record(AssessmentToRecord.of(Fixtures.request(tree)), Fixtures.ACTOR);
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void eachSystemShowsItsLatestVerdictGroupedByDepartment() {
        record("not-eligible-data-abroad.json", "受付", "市民局");
        record("eligible-ismap-iaas.json", "受付", "市民局"); // the later one counts
        record("prohibited-my-number-on-public-cloud.json", "税", "財政局");
        record("eligible-ismap-iaas.json", "窓口", "市民局");
        ObjectNode noDepartment = Fixtures.tree("eligible-ismap-iaas.json");
        ((ObjectNode) noDepartment.path("system")).remove("department");
        records.saveProfile().save(ProfileKind.SYSTEM, "新規", Fixtures.request(noDepartment).system(), null, Fixtures.ACTOR);

        List<Department> departments = verdicts.byDepartment();
        assertThat(departments).extracting(Department::name).containsExactly("市民局", "財政局", null);
        Department citizens = departments.get(0);
        assertThat(citizens.systems()).extracting(SystemVerdictsUseCase.SystemVerdict::systemId)
                .containsExactly("受付", "窓口");
        String latest = Fixtures.ASSESS.assess(Fixtures.request(Fixtures.example("eligible-ismap-iaas.json")),
                clock.instant().atZone(Fixtures.KOBE).toLocalDate()).verdict().code();
        assertThat(citizens.systems().get(0).verdict()).isEqualTo(latest);
        assertThat(citizens.systems().get(0).assessmentId()).isEqualTo("a2");
        assertThat(departments.get(2).systems()).extracting(SystemVerdictsUseCase.SystemVerdict::systemId).containsExactly("新規");
        assertThat(departments.get(2).systems().get(0).verdict()).as("never assessed").isNull();
        assertThat(departments.get(1).systems().get(0).verdict()).isEqualTo("PROHIBITED");
    }
}
