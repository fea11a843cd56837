package kumo.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kumo.adapters.persistence.JooqStoreOpener;
import kumo.app.Composition;
import kumo.app.Configuration;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.Actor;
import kumo.application.records.ProfileKind;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.StoreSession;

/**
 * What the views' tests store before the server starts, through the store's use cases of the production
 * composition over the same SQLite file: two services, a system, and recorded assessments.
 */
final class StoredViews implements AutoCloseable {

    static final Actor ACTOR = new Actor("情報管理者 山田");
    /** A system name holding markup and a formula: it must render as text and stay text in the spreadsheet. */
    static final String EVIL_SYSTEM = "=1+2<script>alert('x')</script>";

    private final StoreSession session;
    private final Documents documents = Documents.create();

    StoredViews(Path store, Clock clock) {
        Configuration configuration = Configuration.read(Map.of(Configuration.STORE, store.toString())::get, "views-test");
        Composition composition = new Composition(configuration, clock,
                new JooqStoreOpener(configuration.storeUser(), configuration.storePassword()));
        this.session = composition.session(null);
    }

    static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("docs/examples/" + name + " not found");
    }

    AssessmentRequestDocument request(String example, UnaryOperator<ObjectNode> edit) {
        try {
            ObjectNode tree = (ObjectNode) documents.objectMapper().readTree(Files.readString(example(example)));
            return documents.readRequest(edit.apply(tree).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void service(String id, String example) {
        session.saveProfile().save(ProfileKind.SERVICE, id, request(example, t -> t).service(), null, ACTOR);
    }

    void system(String id, String example) {
        session.saveProfile().save(ProfileKind.SYSTEM, id, request(example, t -> t).system(), null, ACTOR);
    }

    RecordedAssessment record(String example, UnaryOperator<ObjectNode> edit) {
        return session.recordAssessment().record(AssessmentToRecord.of(request(example, edit)), ACTOR);
    }

    /** The two services and one system the compare tests use. */
    StoredViews compareSet() {
        service("iaas", "eligible-ismap-iaas.json");
        service("abroad", "not-eligible-data-abroad.json");
        system("子育て", "eligible-ismap-iaas.json");
        return this;
    }

    @Override
    public void close() {
        session.close();
    }
}
