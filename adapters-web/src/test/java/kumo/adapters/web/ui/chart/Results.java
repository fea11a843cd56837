package kumo.adapters.web.ui.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.rules.v1.CatalogueV1;

/** Real results of the examples in docs/examples, assessed by the real assessor, for the views' unit tests. */
public final class Results {

    public static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    public static final Documents DOCUMENTS = Documents.create();
    private static final AssessService ASSESS = new AssessService(CATALOGUE, DOCUMENTS);

    private Results() {
    }

    /** The result of an example, edited first by {@code edit}. */
    public static AssessmentResultDocument of(String example, UnaryOperator<ObjectNode> edit) {
        try {
            ObjectNode tree = (ObjectNode) DOCUMENTS.objectMapper()
                    .readTree(Files.readString(Path.of("..", "docs", "examples", example)));
            return ASSESS.assess(DOCUMENTS.readRequest(edit.apply(tree).toString()), LocalDate.of(2026, 12, 7));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResultView view(String example) {
        return ResultView.of(of(example, t -> t), CATALOGUE);
    }

    public static ResultView view(String example, UnaryOperator<ObjectNode> edit) {
        return ResultView.of(of(example, edit), CATALOGUE);
    }
}
