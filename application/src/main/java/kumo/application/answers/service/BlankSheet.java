package kumo.application.answers.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kumo.application.answers.AnswerSheetLayout;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.AnswerType;
import kumo.application.answers.Question;
import kumo.application.document.request.SystemProfileDto;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Texts;
import kumo.domain.classification.Availability;
import kumo.domain.procurement.ProcurementForm;
import kumo.domain.procurement.SpecificationItem;
import kumo.domain.procurement.SupportRow;

/**
 * The blank sheet's content, for one system and one language, laid out once for both forms: the rows in order,
 * each with its category (the §5 区分), requirement IDs (【推奨事項】 where the policy marks them: all of 1.2 and the
 * marked 別紙 items), level, question, how to answer and the system's own note.
 */
record BlankSheet(Language language, String catalogueVersion, String system, List<Row> rows) {

    /** One row of the answers sheet, as shown. */
    record Row(String category, List<String> requirementIds, String level, Question question, String text, String how,
            String note) {
    }

    /**
     * The rows in the order of the §5 specification: the support conditions of 1.2, then the 別紙 by 区分, each
     * question at the first item that names one of its requirements; the requirements the policy marks
     * 【推奨事項】 carry the mark.
     */
    static BlankSheet of(Catalogue catalogue, ProcurementForm form, SystemProfileDto system, Language language) {
        Texts texts = form.texts();
        Set<String> marked = new HashSet<>();
        // §5 marks 「1.2 サポートに関する条件【推奨事項】」 as a whole: every requirement of 1.2 (SUP-01 … SUP-04) carries
        // the mark, as do the 別紙 items the policy marks (EXIT-08, ASR-03); nothing else does
        form.supportRows().forEach(s -> marked.addAll(s.requirementIds()));
        form.items().stream().filter(SpecificationItem::recommended).forEach(i -> marked.addAll(i.requirementIds()));
        List<Row> rows = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        String support = texts.get(language, "support.heading");
        for (SupportRow s : form.supportRows()) {
            place(catalogue, system, language, support, s.requirementIds(), marked, texts, placed, rows);
        }
        for (SpecificationItem item : form.items()) {
            place(catalogue, system, language, texts.get(language, "category." + item.category()), item.requirementIds(),
                    marked, texts, placed, rows);
        }
        for (Question q : AnswerSheetLayout.questions()) {
            if (!placed.contains(q.item())) {
                // a question no §5 row names: the form covers every SERVICE requirement (it checks so when it loads),
                // so this is the CITY requirement KEY-01's fact (customer-managed keys), under its catalogue group
                rows.add(row(catalogue, system, language, catalogue.texts().get(language,
                        "group." + catalogue.requirement(q.requirementId()).group()), q, marked, texts));
            }
        }
        return new BlankSheet(language, catalogue.version(), system == null ? null : system.name(), rows);
    }

    private static void place(Catalogue catalogue, SystemProfileDto system, Language language, String category,
            List<String> requirementIds, Set<String> marked, Texts texts, Set<String> placed, List<Row> rows) {
        for (Question q : AnswerSheetLayout.questions()) {
            if (!placed.contains(q.item()) && q.requirementIds().stream().anyMatch(requirementIds::contains)) {
                placed.add(q.item());
                rows.add(row(catalogue, system, language, category, q, marked, texts));
            }
        }
    }

    private static Row row(Catalogue catalogue, SystemProfileDto system, Language language, String category, Question q,
            Set<String> marked, Texts formTexts) {
        // the strictest level among the requirements the row serves
        Level level = q.requirementIds().stream().map(id -> catalogue.requirement(id).level())
                .min(Enum::compareTo).orElseThrow();
        List<String> ids = q.requirementIds().stream()
                .map(id -> marked.contains(id) ? id + formTexts.get(language, "recommended") : id).toList();
        return new Row(category, ids, catalogue.texts().get(language, "level." + level.name()), q,
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
