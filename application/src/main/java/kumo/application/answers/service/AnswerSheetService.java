package kumo.application.answers.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kumo.application.answers.AnswerSheetUseCase;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.VendorAnswers;
import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.procurement.ProcurementForm;

/** {@link AnswerSheetUseCase} over one catalogue: the sheet's rows are {@link kumo.application.answers.AnswerSheetLayout}'s. */
public final class AnswerSheetService implements AnswerSheetUseCase {

    private final Catalogue catalogue;
    private final ProcurementForm form;
    private final Documents documents;

    /** @param form the catalogue's §5 specification, whose order and 区分 the sheet follows */
    public AnswerSheetService(Catalogue catalogue, ProcurementForm form, Documents documents) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.form = Objects.requireNonNull(form, "form");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Override
    public byte[] blank(SystemProfileDto system, Language language, SheetFormat format) {
        BlankSheet blank = BlankSheet.of(catalogue, form, system, Objects.requireNonNull(language, "language"));
        return switch (Objects.requireNonNull(format, "format")) {
            case XLSX -> XlsxSheet.write(blank);
            case JSON -> JsonSheet.write(blank, documents);
        };
    }

    @Override
    public VendorAnswers read(byte[] sheet, String source) {
        Objects.requireNonNull(sheet, "sheet");
        RawSheet raw = isZip(sheet) ? XlsxSheet.read(sheet, source) : JsonSheet.read(sheet, documents);
        return ProfileAssembler.assemble(raw, source);
    }

    @Override
    public AssessmentRequestDocument requestToAnswer(byte[] bytes) {
        AssessmentRequestDocument request = documents.read(bytes, AssessmentRequestDocument.class);
        if (request.service() == null) {
            request = new AssessmentRequestDocument(request.kumo(), request.assessmentDate(), request.catalogueVersion(),
                    request.system(), documents.read("{}".getBytes(StandardCharsets.UTF_8), CloudServiceProfileDto.class),
                    request.plan(), request.follows());
        }
        return documents.validate(request);
    }

    @Override
    public AssessmentRequestDocument withAnswers(AssessmentRequestDocument request, VendorAnswers answers) {
        AssessmentRequestDocument combined = new AssessmentRequestDocument(AssessmentRequestDocument.TYPE_2,
                request.assessmentDate(), request.catalogueVersion(), request.system(), answers.service(), request.plan(),
                request.follows());
        List<Violation> violations = documents.violations(combined);
        if (violations.isEmpty()) {
            return combined;
        }
        List<Violation> named = new ArrayList<>();
        for (Violation v : violations) {
            VendorAnswers.Place place = place(answers.places(), v.path());
            if (place != null) {
                // an answer the request format refuses (a date range the wrong way round, …): named by its cell
                named.add(new Violation(place.path(), v.code(), new LocalizedText(
                        AnswerTexts.get(Language.JA, "problem.value", place.label(), place.row(), place.cell(), v.message().ja()),
                        AnswerTexts.get(Language.EN, "problem.value", place.label(), place.row(), place.cell(), v.message().en()))));
            } else {
                named.add(new Violation(v.path(), v.code(), new LocalizedText(
                        AnswerTexts.get(Language.JA, "problem.request", v.message().ja()),
                        AnswerTexts.get(Language.EN, "problem.request", v.message().en()))));
            }
        }
        throw new InvalidDocumentException(named);
    }

    /** The cell a request path came from: the longest recorded path it starts with. */
    private static VendorAnswers.Place place(Map<String, VendorAnswers.Place> places, String path) {
        String best = null;
        for (String known : places.keySet()) {
            if ((path.equals(known) || path.startsWith(known + ".") || path.startsWith(known + "["))
                    && (best == null || known.length() > best.length())) {
                best = known;
            }
        }
        return best == null ? null : places.get(best);
    }

    /** An Office Open XML file is a ZIP archive: it starts with {@code PK}. */
    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }
}
