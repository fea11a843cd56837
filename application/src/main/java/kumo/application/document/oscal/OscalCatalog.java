package kumo.application.document.oscal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.LocalizedText;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.catalogue.CatalogueDocument.ClauseEntry;
import kumo.application.document.catalogue.CatalogueDocument.ExemptionEntry;
import kumo.application.document.catalogue.CatalogueDocument.RequirementEntry;
import kumo.application.document.catalogue.CatalogueDocument.RiskEntry;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * A catalogue version as an OSCAL catalog and back (docs/oscal.md): a group per requirement area in catalogue
 * order, then the §3 risks and the exemptions as groups of their own; a control per ID; every text as a part per
 * language (a {@code lang} prop in kumo's namespace says which); kumo's flags as props in its namespace; the
 * clauses as back-matter resources the controls link to. {@link #read} gives back exactly the
 * {@link CatalogueDocument} and group labels {@link #of} was given, so export → import → export is byte-identical.
 *
 * @param catalogue the catalogue document
 * @param groups    the label of each requirement group (ENT, LAW, …) in both languages, in catalogue order
 */
public record OscalCatalog(CatalogueDocument catalogue, Map<String, LocalizedText> groups) {

    /** The metadata prop that marks a catalog as kumo's. */
    static final String DOCUMENT = "catalog";

    static final String REQUIREMENTS = "requirements";
    static final String RISKS = "risks";
    static final String EXEMPTIONS = "exemptions";
    static final String RISK_GROUP = "RISK";
    static final String EXEMPTION_GROUP = "EXM";

    public OscalCatalog {
        Objects.requireNonNull(catalogue, "catalogue");
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** A catalogue with the labels of its groups (texts {@code group.<ID>}). */
    public static OscalCatalog of(Catalogue catalogue) {
        CatalogueDocument document = CatalogueDocument.of(catalogue);
        Map<String, LocalizedText> groups = new LinkedHashMap<>();
        for (RequirementEntry r : document.requirements()) {
            groups.computeIfAbsent(r.group(), g -> LocalizedText.of(catalogue.texts(), "group." + g));
        }
        return new OscalCatalog(document, groups);
    }

    // ---------------------------------------------------------------- export

    /** The OSCAL document: {@code {"catalog": {…}}}. */
    public ObjectNode toOscal() {
        CatalogueDocument c = catalogue;
        String base = "catalog/" + c.version();
        ObjectNode catalog = Oscal.object();
        catalog.put("uuid", Oscal.uuid(base));
        ObjectNode metadata = catalog.putObject("metadata");
        metadata.put("title", OscalTexts.both("catalog.title", c.version()));
        metadata.put("published", Oscal.timestamp(c.policyDate()));
        metadata.put("last-modified", Oscal.timestamp(c.policyDate()));
        metadata.put("version", c.version());
        metadata.put("oscal-version", Oscal.OSCAL_VERSION);
        ArrayNode props = metadata.putArray("props");
        props.add(Oscal.prop("kumo-document", DOCUMENT));
        props.add(Oscal.prop("kumo-type", CatalogueDocument.TYPE));
        props.add(Oscal.prop("catalogue-version", c.version()));
        props.add(Oscal.prop("policy-date", c.policyDate().toString()));

        Map<String, String> clauseUuids = new LinkedHashMap<>();
        for (ClauseEntry clause : c.clauses()) {
            clauseUuids.put(clause.id(), Oscal.uuid(base + "/clause/" + clause.id()));
        }
        ArrayNode groupList = catalog.putArray("groups");
        for (Map.Entry<String, LocalizedText> g : groups.entrySet()) {
            ObjectNode group = group(g.getKey(), REQUIREMENTS, Oscal.both(g.getValue().ja(), g.getValue().en()));
            ArrayNode labels = group.putArray("props");
            labels.add(Oscal.prop("label", "ja", Oscal.line(g.getValue().ja())));
            labels.add(Oscal.prop("label", "en", Oscal.line(g.getValue().en())));
            ArrayNode controls = Oscal.array();
            for (RequirementEntry r : c.requirements()) {
                if (r.group().equals(g.getKey())) {
                    controls.add(requirement(r, clauseUuids));
                }
            }
            Oscal.putArray(group, "controls", controls);
            groupList.add(group);
        }
        ArrayNode risks = Oscal.array();
        c.risks().forEach(r -> risks.add(risk(r, clauseUuids)));
        if (!risks.isEmpty()) {
            groupList.add(group(RISK_GROUP, RISKS, OscalTexts.both("group." + RISK_GROUP)).set("controls", risks));
        }
        ArrayNode exemptions = Oscal.array();
        c.exemptions().forEach(e -> exemptions.add(exemption(e, clauseUuids)));
        if (!exemptions.isEmpty()) {
            groupList.add(group(EXEMPTION_GROUP, EXEMPTIONS, OscalTexts.both("group." + EXEMPTION_GROUP))
                    .set("controls", exemptions));
        }
        if (groupList.isEmpty()) {
            catalog.remove("groups");
        }
        ArrayNode resources = Oscal.array();
        String policy = Oscal.uuid(base + "/policy");
        ObjectNode policyResource = resources.addObject();
        policyResource.put("uuid", policy);
        policyResource.put("title", OscalTexts.both("policy.title", c.policyDate().toString()));
        ArrayNode pp = policyResource.putArray("props");
        pp.add(Oscal.prop("resource", "policy"));
        pp.add(Oscal.prop("policy-date", c.policyDate().toString()));
        for (ClauseEntry clause : c.clauses()) {
            ObjectNode resource = resources.addObject();
            resource.put("uuid", clauseUuids.get(clause.id()));
            resource.put("title", Oscal.both(clause.label().ja(), clause.label().en()));
            ObjectNode citation = resource.putObject("citation");
            citation.put("text", Oscal.line(clause.id()));
            citation.putArray("links").add(Oscal.link(policy, "part-of", null));
            ArrayNode rp = resource.putArray("props");
            rp.add(Oscal.prop("resource", "clause"));
            rp.add(Oscal.prop("clause-id", clause.id()));
            rp.add(Oscal.prop("label", "ja", Oscal.line(clause.label().ja())));
            rp.add(Oscal.prop("label", "en", Oscal.line(clause.label().en())));
            rp.add(Oscal.prop("explanatory-only", Boolean.toString(clause.explanatoryOnly())));
        }
        if (!resources.isEmpty()) {
            catalog.putObject("back-matter").set("resources", resources);
        }
        ObjectNode root = Oscal.object();
        root.set("catalog", catalog);
        return root;
    }

    private static ObjectNode group(String id, String cls, String title) {
        ObjectNode group = Oscal.object();
        group.put("id", id);
        group.put("class", cls);
        group.put("title", title);
        return group;
    }

    private static ObjectNode requirement(RequirementEntry r, Map<String, String> clauses) {
        ObjectNode control = control(r.id(), "requirement", r.title());
        ArrayNode props = control.putArray("props");
        props.add(Oscal.prop("kind", r.kind()));
        props.add(Oscal.prop("level", r.level()));
        props.add(Oscal.prop("section5", Boolean.toString(r.section5())));
        props.add(Oscal.prop("deviable", Boolean.toString(r.deviable())));
        props.add(Oscal.prop("never-exempt", Boolean.toString(r.neverExempt())));
        props.add(Oscal.prop("conditional", Boolean.toString(r.condition() != null)));
        props.add(Oscal.prop("interpretation", Boolean.toString(r.interpretation() != null)));
        Oscal.putArray(control, "links", clauseLinks(r.sourceClauses(), clauses, Oscal.array()));
        ArrayNode parts = Oscal.array();
        parts(parts, r.id(), "title", r.title());
        parts(parts, r.id(), "statement", r.text());
        parts(parts, r.id(), "condition", r.condition());
        parts(parts, r.id(), "interpretation", r.interpretation());
        control.set("parts", parts);
        return control;
    }

    private static ObjectNode risk(RiskEntry r, Map<String, String> clauses) {
        ObjectNode control = control(r.id(), "risk", r.title());
        ArrayNode props = control.putArray("props");
        if (r.capability() != null) {
            props.add(Oscal.prop("capability", r.capability()));
        }
        props.add(Oscal.prop("check-first", Boolean.toString(r.checkFirst())));
        if (r.alternative() != null) {
            props.add(Oscal.prop("alternative", r.alternative()));
        }
        ArrayNode links = Oscal.array();
        r.linkedRequirements().forEach(id -> links.add(Oscal.link(id, "related", id)));
        Oscal.putArray(control, "links", clauseLinks(r.sourceClauses(), clauses, links));
        ArrayNode parts = Oscal.array();
        parts(parts, r.id(), "title", r.title());
        parts(parts, r.id(), "statement", r.text());
        parts(parts, r.id(), "interpretation", r.interpretation());
        control.set("parts", parts);
        return control;
    }

    private static ObjectNode exemption(ExemptionEntry e, Map<String, String> clauses) {
        ObjectNode control = control(e.id(), "exemption", e.title());
        ArrayNode links = Oscal.array();
        e.exempts().forEach(id -> links.add(Oscal.link(id, "exempts", id)));
        Oscal.putArray(control, "links", clauseLinks(e.sourceClauses(), clauses, links));
        ArrayNode parts = Oscal.array();
        parts(parts, e.id(), "title", e.title());
        parts(parts, e.id(), "statement", e.text());
        parts(parts, e.id(), "condition", e.condition());
        control.set("parts", parts);
        return control;
    }

    private static ObjectNode control(String id, String cls, LocalizedText title) {
        ObjectNode control = Oscal.object();
        control.put("id", id);
        control.put("class", cls);
        control.put("title", Oscal.line(title.ja()));
        return control;
    }

    private static ArrayNode clauseLinks(List<String> ids, Map<String, String> clauses, ArrayNode links) {
        for (String id : ids) {
            String uuid = clauses.get(id);
            if (uuid == null) {
                throw new IllegalStateException("clause " + id + " is not in the catalogue's clauses");
            }
            links.add(Oscal.link(uuid, "reference", id));
        }
        return links;
    }

    /** One part per language, {@code statement} as OSCAL names it, kumo's own names in its namespace. */
    private static void parts(ArrayNode parts, String id, String name, LocalizedText text) {
        if (text == null) {
            return;
        }
        for (Language language : Language.values()) {
            ObjectNode part = parts.addObject();
            part.put("id", id + "." + name + "." + language.code());
            part.put("name", name);
            if (!STATEMENT.equals(name)) {
                part.put("ns", Oscal.NS);
            }
            part.putArray("props").add(Oscal.prop("lang", language.code()));
            part.put("prose", text.in(language));
        }
    }

    static final String STATEMENT = "statement";

    // ---------------------------------------------------------------- import

    /**
     * Reads a catalog kumo exported back into the catalogue document and group labels it was made from.
     *
     * @throws kumo.application.document.InvalidDocumentException naming the JSON path of every problem found
     */
    public static OscalCatalog read(JsonNode root) {
        return new CatalogReader().read(root);
    }

    /** Whether the catalogue equals {@code other} exactly (every text, flag, clause and order). */
    public boolean sameCatalogue(CatalogueDocument other) {
        return kumo.application.document.Documents.canonicalJson(catalogue)
                .equals(kumo.application.document.Documents.canonicalJson(other));
    }
}
