package kumo.application.spec;

import java.util.List;

import kumo.domain.catalogue.Language;
import kumo.domain.procurement.Origin;

/**
 * A procurement specification's non-functional requirements for one system, in one language, every text
 * resolved: what the Markdown, HTML and Word renderers lay out and nothing they need to look up. User text (the
 * system's name and department) is in {@link #about} values, unescaped: each renderer escapes it.
 *
 * @param prohibited empty, or the warning that the policy forbids this use (a PROHIBITION requirement the system
 *                   and the intended deployment break, with its clauses): shown first, before anything else
 * @param about      the system and the basis of the document, label and value
 * @param source     how the document was made from the policy's §5 and what kumo added
 * @param support    §5 1.2 with its table
 * @param annex      the 別紙 クラウドサービス要件 by 区分, only the items that apply to the system
 * @param clauses    every clause an item cites, with its label
 */
public record ProcurementSpecification(
        Language language,
        String title,
        String prohibited,
        List<Field> about,
        String source,
        Conditions conditions,
        Support support,
        Annex annex,
        Labels labels,
        List<Field> clauses) {

    public ProcurementSpecification {
        about = List.copyOf(about);
        clauses = List.copyOf(clauses);
    }

    /** A label and its value. */
    public record Field(String label, String value) {
    }

    /** §5 1. 利用条件 and 1.1 (the policy's text). */
    public record Conditions(String heading, String intro, String provisionHeading, String provisionText) {
    }

    /**
     * §5 1.2: {@code heading} without the mark, {@code recommended} when the policy marks it 【推奨事項】 (it does),
     * {@code text} with the sentences outside the table (SUP-04's included), {@code textBasis} the basis of the
     * requirement sentence among them, labelled (「根拠：方針 5 の記載例：SUP-04（…）」; empty when it does not apply).
     */
    public record Support(String heading, boolean recommended, String text, String textBasis, String caption, String requirementColumn,
            String contentColumn, List<SupportLine> rows) {

        public Support {
            rows = List.copyOf(rows);
        }
    }

    /** A row of the クラウドサポートレベル table. */
    public record SupportLine(String requirement, List<String> contents, List<String> requirementIds, String basis) {

        public SupportLine {
            contents = List.copyOf(contents);
            requirementIds = List.copyOf(requirementIds);
        }
    }

    /** The 別紙 table: heading, caption and column names, the 区分 that have an item for this system. */
    public record Annex(String heading, String categoryColumn, String requirementColumn, String basisColumn,
            List<Category> categories) {

        public Annex {
            categories = List.copyOf(categories);
        }
    }

    /** One 区分 and its items for this system. */
    public record Category(String key, String name, Origin origin, List<Item> items) {

        public Category {
            items = List.copyOf(items);
        }
    }

    /**
     * One 「・」 item with its 「-」 sub-items. {@code recommended}: the policy marks it 【推奨事項】;
     * {@code basis}: where it comes from (the 別紙 or kumo's addition) and the requirement IDs and clauses.
     */
    public record Item(String key, String text, boolean recommended, Origin origin, List<String> requirementIds,
            String basis, List<Item> subItems) {

        public Item {
            requirementIds = List.copyOf(requirementIds);
            subItems = List.copyOf(subItems);
        }
    }

    /** Texts every renderer needs: the 【推奨事項】 mark, the clause list's heading and columns. */
    public record Labels(String recommended, String clausesHeading, String clauseColumn, String clauseLabelColumn) {
    }
}
