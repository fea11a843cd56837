package kumo.application.answers.service;

import java.math.BigDecimal;
import java.util.List;

import kumo.application.answers.AnswerSheetLayout;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.AnswerType;
import kumo.application.answers.Question;
import kumo.application.document.request.SystemProfileDto;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Requirement;
import kumo.domain.classification.Availability;

/**
 * The blank sheet's content, for one system and one language, laid out once for both forms: the rows in order,
 * each with its category, requirement IDs, level, question, how to answer and the system's own note.
 */
record BlankSheet(Language language, String catalogueVersion, String system, List<Row> rows) {

    /** One row of the answers sheet, as shown. */
    record Row(String category, List<String> requirementIds, String level, Question question, String text, String how,
            String note) {
    }

    static BlankSheet of(Catalogue catalogue, SystemProfileDto system, Language language) {
        List<Row> rows = AnswerSheetLayout.questions().stream().map(q -> row(catalogue, system, language, q)).toList();
        return new BlankSheet(language, catalogue.version(), system == null ? null : system.name(), rows);
    }

    private static Row row(Catalogue catalogue, SystemProfileDto system, Language language, Question q) {
        Requirement first = catalogue.requirement(q.requirementId());
        String category = catalogue.texts().get(language, "group." + first.group());
        // the strictest level among the requirements the row serves
        Level level = q.requirementIds().stream().map(id -> catalogue.requirement(id).level())
                .min(Enum::compareTo).orElse(first.level());
        return new Row(category, q.requirementIds(), catalogue.texts().get(language, "level." + level.name()), q,
                AnswerTexts.get(language, "q." + q.item()), how(language, q), note(system, language, q));
    }

    /** How to answer the row, in {@code language}. */
    static String how(Language language, Question q) {
        if (q.type() == AnswerType.CHOICE || q.type() == AnswerType.CHOICES) {
            return AnswerTexts.get(language, "how." + q.type().name(), String.join(", ", q.choices()));
        }
        return AnswerTexts.get(language, "how." + q.type().name());
    }

    /** What the system's own facts say about the answer it needs, or {@code null}. */
    private static String note(SystemProfileDto system, Language language, Question q) {
        if (system == null) {
            return null;
        }
        if (q.item().equals("continuity.recoveryTimeHours")) {
            if (system.toleratedOutageHours() != null) {
                return AnswerTexts.get(language, "note.toleratedOutage", plain(system.toleratedOutageHours()));
            }
            boolean a2 = system.classification() != null && system.classification().availability() == Availability.A2;
            return a2 ? AnswerTexts.get(language, "note.toleratedOutageUnknown") : null;
        }
        if (q.item().equals("continuity.recoveryPointHours") && system.toleratedDataLossHours() != null) {
            return AnswerTexts.get(language, "note.toleratedDataLoss", plain(system.toleratedDataLossHours()));
        }
        return null;
    }

    private static String plain(Double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }
}
