package kumo.application.answers.service;

import java.util.List;
import java.util.Map;

import kumo.application.document.Violation;
import kumo.domain.catalogue.Language;

/**
 * A sheet as read from either form, before its answers are typed: what each cell held, and where.
 *
 * @param catalogueVersion the catalogue the sheet says it was laid out for ({@code null}: not said)
 * @param language         the language of the sheet's questions (that of its evidence notes)
 * @param serviceName      the service's name as the vendor wrote it
 * @param provider         the provider as the vendor wrote it
 * @param answers          the rows of the answers sheet that name an item
 * @param tables           per table key, its entries; {@code null} for a JSON table that is {@code null}
 * @param problems         the cells that could not be read at all (a formula, a cell of an unreadable type), each
 *                         read as blank: reported with the answers' own problems, so that one run names them all
 */
record RawSheet(String catalogueVersion, Language language, Object serviceName, Object provider, Where serviceNameAt, Where providerAt,
        List<RawAnswer> answers, Map<String, List<RawRow>> tables, List<Violation> problems) {

    RawSheet {
        problems = List.copyOf(problems);
    }

    /** One row of the answers sheet: its item and the raw answer, evidence document and date. */
    record RawAnswer(String item, Object answer, Object document, Object date, Where answerAt, Where documentAt,
            Where dateAt) {
    }

    /** One entry of a table: the raw value and place of each column (by the column's key). */
    record RawRow(Map<String, Object> cells, Map<String, Where> at) {
    }
}
