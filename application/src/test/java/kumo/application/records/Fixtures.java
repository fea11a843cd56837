package kumo.application.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/** Shared pieces of the records tests: documents, the assessor, example requests and a clock that can be moved. */
final class Fixtures {

    static final Documents DOCUMENTS = Documents.create();
    static final AssessService ASSESS = new AssessService(CatalogueV1.catalogue(), DOCUMENTS);
    static final ObjectMapper JSON = DOCUMENTS.objectMapper();
    static final Actor ACTOR = new Actor("情報管理者 山田");

    private Fixtures() {
    }

    /** An example request from docs/examples, as text. */
    static String example(String name) {
        try {
            return Files.readString(Project.examples().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example request as an editable tree. */
    static ObjectNode tree(String name) {
        try {
            return (ObjectNode) JSON.readTree(example(name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request from JSON text, validated. */
    static AssessmentRequestDocument request(String json) {
        return DOCUMENTS.readRequest(json);
    }

    /** A request from a tree, validated. */
    static AssessmentRequestDocument request(ObjectNode tree) {
        return request(tree.toString());
    }

    /** A clock standing still until moved. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
