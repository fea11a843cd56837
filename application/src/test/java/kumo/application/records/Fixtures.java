package kumo.application.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.Store;
import kumo.application.records.service.AssessmentIndexer;
import kumo.application.records.service.RecordsServices;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/** Shared pieces of the records tests: documents, the assessor, example requests and a clock that can be moved. */
public final class Fixtures {

    public static final Documents DOCUMENTS = Documents.create();
    public static final AssessService ASSESS = new AssessService(CatalogueV1.catalogue(), DOCUMENTS);
    public static final ObjectMapper JSON = DOCUMENTS.objectMapper();
    public static final Actor ACTOR = new Actor("情報管理者 山田");

    private Fixtures() {
    }

    /** An example request from docs/examples, as text. */
    public static String example(String name) {
        try {
            return Files.readString(Project.examples().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example request as an editable tree. */
    public static ObjectNode tree(String name) {
        try {
            return (ObjectNode) JSON.readTree(example(name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request from JSON text, validated. */
    public static AssessmentRequestDocument request(String json) {
        return DOCUMENTS.readRequest(json);
    }

    /** A request from a tree, validated. */
    public static AssessmentRequestDocument request(ObjectNode tree) {
        return request(tree.toString());
    }

    /** The time zone whose date is "today", as the composition root configures it by default. */
    public static final ZoneId KOBE = ZoneId.of("Asia/Tokyo");

    /** Every records use case over {@code store}, with this project's assessor and documents. */
    public static StoreSession session(Store store, Clock clock, Supplier<String> ids) {
        return RecordsServices.session(store, "memory", ASSESS, new AssessmentIndexer(CatalogueV1.catalogue()), DOCUMENTS,
                clock, ids, () -> { });
    }

    /** A clock standing still until moved. */
    public static final class MovableClock extends Clock {

        private Instant now;

        public MovableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        /** Kobe's zone, as the composition root configures it by default: "today" is the date there. */
        @Override
        public ZoneId getZone() {
            return KOBE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
