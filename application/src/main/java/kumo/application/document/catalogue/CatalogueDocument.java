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

    /** The names of the four lists, as {@link #only} takes them. */
    public static final List<String> KINDS = List.of("requirements", "risks", "exemptions", "clauses");

    /**
     * This document with only the list named {@code kind} (one of {@link #KINDS}); the others left out.
     *
     * @throws IllegalArgumentException for another name
     */
    public CatalogueDocument only(String kind) {
        return switch (kind) {
            case "requirements" -> new CatalogueDocument(kumo, version, policyDate, requirements, null, null, null);
            case "risks" -> new CatalogueDocument(kumo, version, policyDate, null, risks, null, null);
            case "exemptions" -> new CatalogueDocument(kumo, version, policyDate, null, null, exemptions, null);
            case "clauses" -> new CatalogueDocument(kumo, version, policyDate, null, null, null, clauses);
            default -> throw new IllegalArgumentException("no list " + kind);
        };
    }

    /**
     * The entry whose ID is {@code id} (exactly), as this document with that one entry in its list and the other
     * lists left out; empty when no list present in this document holds it.
     */
    public java.util.Optional<CatalogueDocument> entry(String id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        var r = find(requirements, RequirementEntry::id, id);
        if (r != null) {
            return java.util.Optional.of(new CatalogueDocument(kumo, version, policyDate, List.of(r), null, null, null));
        }
        var k = find(risks, RiskEntry::id, id);
        if (k != null) {
            return java.util.Optional.of(new CatalogueDocument(kumo, version, policyDate, null, List.of(k), null, null));
        }
        var e = find(exemptions, ExemptionEntry::id, id);
        if (e != null) {
            return java.util.Optional.of(new CatalogueDocument(kumo, version, policyDate, null, null, List.of(e), null));
        }
        var c = find(clauses, ClauseEntry::id, id);
        return c == null ? java.util.Optional.empty()
                : java.util.Optional.of(new CatalogueDocument(kumo, version, policyDate, null, null, null, List.of(c)));
    }

    /** Every ID of the lists present in this document, in their order. */
    public List<String> ids() {
        List<String> ids = new java.util.ArrayList<>();
        if (requirements != null) {
            requirements.forEach(x -> ids.add(x.id()));
        }
        if (risks != null) {
            risks.forEach(x -> ids.add(x.id()));
        }
        if (exemptions != null) {
            exemptions.forEach(x -> ids.add(x.id()));
        }
        if (clauses != null) {
            clauses.forEach(x -> ids.add(x.id()));
        }
        return ids;
    }

    /**
     * The IDs nearest to {@code id} (fewest single-character edits, ignoring case), at most {@code max}, nearest
     * first (ties in catalogue order): what to suggest for an ID that is not in the catalogue.
     */
    public List<String> nearest(String id, int max) {
        String wanted = id == null ? "" : id.toUpperCase(java.util.Locale.ROOT);
        List<String> all = ids();
        return all.stream()
                .sorted(java.util.Comparator.comparingInt((String x) -> distance(wanted, x.toUpperCase(java.util.Locale.ROOT)))
                        .thenComparingInt(all::indexOf))
                .limit(Math.max(0, max)).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static <T> T find(List<T> list, java.util.function.Function<T, String> idOf, String id) {
        return list == null ? null : list.stream().filter(x -> id.equals(idOf.apply(x))).findFirst().orElse(null);
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
