package kumo.application.document.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Clause;
import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.Texts;

/**
 * One catalogue version as a document, every text in Japanese and English, for a front door that shows or
 * serves the catalogue: {@code {"kumo": "catalogue/1", "version", "policyDate", "requirements", "risks",
 * "exemptions", "clauses"}}. The texts are the catalogue's own, under the same keys the result uses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueDocument(String kumo, String version, LocalDate policyDate, List<RequirementEntry> requirements,
        List<RiskEntry> risks, List<ExemptionEntry> exemptions, List<ClauseEntry> clauses) {

    /** The {@code kumo} value. */
    public static final String TYPE = "catalogue/1";

    /** A requirement: its level, kind and flags as in a finding, its texts and clauses. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequirementEntry(String id, String group, String kind, String level, LocalizedText title,
            LocalizedText text, LocalizedText condition, LocalizedText interpretation, boolean section5,
            boolean deviable, boolean neverExempt, List<String> sourceClauses) {
    }

    /** A §3 risk. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RiskEntry(String id, LocalizedText title, LocalizedText text, LocalizedText interpretation,
            String capability, boolean checkFirst, String alternative, List<String> linkedRequirements,
            List<String> sourceClauses) {
    }

    /** An exemption and the requirements it lifts. */
    public record ExemptionEntry(String id, LocalizedText title, LocalizedText text, LocalizedText condition,
            List<String> exempts, List<String> sourceClauses) {
    }

    /** A clause of the policy: its label; {@code explanatoryOnly} for text that states no requirement. */
    public record ClauseEntry(String id, LocalizedText label, boolean explanatoryOnly) {
    }

    /** The whole catalogue. */
    public static CatalogueDocument of(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Texts texts = catalogue.texts();
        return new CatalogueDocument(TYPE, catalogue.version(), catalogue.policyDate(),
                catalogue.requirements().stream().map(r -> requirement(texts, r)).toList(),
                catalogue.risks().stream().map(r -> risk(texts, r)).toList(),
                catalogue.exemptions().stream().map(e -> exemption(texts, e)).toList(),
                catalogue.clauses().stream().map(c -> clause(texts, c)).toList());
    }

    private static RequirementEntry requirement(Texts texts, Requirement r) {
        String id = r.id();
        return new RequirementEntry(id, r.group(), r.kind().name(), r.level().name(), text(texts, id + ".title"),
                text(texts, id + ".text"), r.conditional() ? optional(texts, id + ".condition") : null,
                r.interpretation() ? optional(texts, id + ".interpretation") : null, r.section5(), r.deviable(),
                r.neverExempt(), r.sourceClauses());
    }

    private static RiskEntry risk(Texts texts, RiskDefinition r) {
        String id = r.id();
        return new RiskEntry(id, text(texts, id + ".title"), text(texts, id + ".text"),
                optional(texts, id + ".interpretation"), r.capability() == null ? null : r.capability().name(),
                r.checkFirst(), r.alternative() == null ? null : r.alternative().name(), r.linkedRequirements(),
                r.sourceClauses());
    }

    private static ExemptionEntry exemption(Texts texts, ExemptionDefinition e) {
        String id = e.id();
        return new ExemptionEntry(id, text(texts, id + ".title"), text(texts, id + ".text"),
                optional(texts, id + ".condition"), e.exempts(), e.sourceClauses());
    }

    private static ClauseEntry clause(Texts texts, Clause c) {
        return new ClauseEntry(c.id(), text(texts, "clause." + c.id()), c.explanatoryOnly());
    }

    private static LocalizedText text(Texts texts, String key) {
        return LocalizedText.of(texts, key);
    }

    private static LocalizedText optional(Texts texts, String key) {
        return texts.has(key) ? LocalizedText.of(texts, key) : null;
    }
}
