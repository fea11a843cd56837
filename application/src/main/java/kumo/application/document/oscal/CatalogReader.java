package kumo.application.document.oscal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.Echo;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.catalogue.CatalogueDocument.ClauseEntry;
import kumo.application.document.catalogue.CatalogueDocument.ExemptionEntry;
import kumo.application.document.catalogue.CatalogueDocument.RequirementEntry;
import kumo.application.document.catalogue.CatalogueDocument.RiskEntry;
import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.MitigatingCapability;

/**
 * Reads an OSCAL catalog that kumo wrote ({@link OscalCatalog#toOscal}) back into its catalogue document. Every
 * problem is collected with its JSON path ({@code $.catalog.groups[2].controls[0].props[1].value}); a document that
 * is not a catalog, or not kumo's, is refused at the first place that shows it. Fields OSCAL allows and kumo does
 * not write are ignored.
 */
final class CatalogReader {

    private final List<Violation> problems = new ArrayList<>();

    /** back-matter resource UUID → clause id */
    private final Map<String, String> clauses = new LinkedHashMap<>();

    /** path of a link's href → the control id it names, checked once every control is read */
    private final Map<String, String> controlTargets = new LinkedHashMap<>();

    OscalCatalog read(JsonNode root) {
        JsonNode catalog = root == null ? null : root.get("catalog");
        if (catalog == null || !catalog.isObject()) {
            throw fail("$.catalog", "notCatalog", "error.notCatalog");
        }
        JsonNode metadata = object(catalog, "$.catalog", "metadata");
        if (metadata == null) {
            throw new InvalidDocumentException(problems);
        }
        Map<String, String> meta = kumoProps(metadata, "$.catalog.metadata");
        if (!OscalCatalog.DOCUMENT.equals(meta.get("kumo-document"))) {
            throw fail("$.catalog.metadata.props", "notKumo", "error.notKumo", Oscal.NS);
        }
        String version = text(metadata, "$.catalog.metadata", "version");
        LocalDate policyDate = date(meta.get("policy-date"), "$.catalog.metadata.props");

        List<ClauseEntry> clauseList = clauses(catalog);
        Map<String, LocalizedText> groups = new LinkedHashMap<>();
        List<RequirementEntry> requirements = new ArrayList<>();
        List<RiskEntry> risks = new ArrayList<>();
        List<ExemptionEntry> exemptions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> groupList = array(catalog, "$.catalog", "groups");
        for (int g = 0; g < groupList.size(); g++) {
            JsonNode group = groupList.get(g);
            String at = "$.catalog.groups[" + g + "]";
            String groupId = text(group, at, "id");
            String cls = text(group, at, "class");
            if (groupId == null || cls == null) {
                continue;
            }
            List<JsonNode> controls = array(group, at, "controls");
            switch (cls) {
                case OscalCatalog.REQUIREMENTS -> {
                    groups.put(groupId, label(group, at));
                    for (int i = 0; i < controls.size(); i++) {
                        RequirementEntry r = requirement(controls.get(i), at + ".controls[" + i + "]", groupId, ids);
                        if (r != null) {
                            requirements.add(r);
                        }
                    }
                }
                case OscalCatalog.RISKS -> {
                    for (int i = 0; i < controls.size(); i++) {
                        RiskEntry r = risk(controls.get(i), at + ".controls[" + i + "]", ids);
                        if (r != null) {
                            risks.add(r);
                        }
                    }
                }
                case OscalCatalog.EXEMPTIONS -> {
                    for (int i = 0; i < controls.size(); i++) {
                        ExemptionEntry e = exemption(controls.get(i), at + ".controls[" + i + "]", ids);
                        if (e != null) {
                            exemptions.add(e);
                        }
                    }
                }
                default -> problem(at + ".class", "badValue", "error.badValue", Echo.brief(cls),
                        String.join(", ", OscalCatalog.REQUIREMENTS, OscalCatalog.RISKS, OscalCatalog.EXEMPTIONS));
            }
        }
        controlTargets.forEach((path, target) -> {
            if (!ids.contains(target)) {
                problem(path, "unresolved", "error.unresolved", Echo.brief("#" + target));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return new OscalCatalog(new CatalogueDocument(CatalogueDocument.TYPE, version, policyDate, requirements, risks,
                exemptions, clauseList), groups);
    }

    // ---------------------------------------------------------------- the pieces

    private List<ClauseEntry> clauses(JsonNode catalog) {
        List<ClauseEntry> list = new ArrayList<>();
        JsonNode backMatter = catalog.get("back-matter");
        if (backMatter == null) {
            return list;
        }
        List<JsonNode> resources = array(backMatter, "$.catalog.back-matter", "resources");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            String at = "$.catalog.back-matter.resources[" + i + "]";
            Map<String, String> props = kumoProps(resource, at);
            if (!"clause".equals(props.get("resource"))) {
                continue; // the policy itself, or a resource kumo does not read
            }
            String uuid = text(resource, at, "uuid");
            String id = required(props, "clause-id", at);
            LocalizedText label = label(resource, at);
            Boolean explanatory = bool(props, "explanatory-only", at);
            if (uuid == null || id == null || label == null || explanatory == null) {
                continue;
            }
            if (!seen.add(id)) {
                problem(at + ".props", "duplicate", "error.duplicate", Echo.brief(id));
            }
            clauses.put(uuid, id);
            list.add(new ClauseEntry(id, label, explanatory));
        }
        return list;
    }

    private RequirementEntry requirement(JsonNode control, String at, String group, Set<String> ids) {
        String id = id(control, at, ids);
        Map<String, String> props = kumoProps(control, at);
        String kind = constant(props, "kind", at, Kind.values());
        String level = constant(props, "level", at, Level.values());
        Boolean section5 = bool(props, "section5", at);
        Boolean deviable = bool(props, "deviable", at);
        Boolean neverExempt = bool(props, "never-exempt", at);
        Map<String, LocalizedText> parts = parts(control, at);
        LocalizedText title = requiredPart(parts, "title", at);
        LocalizedText text = requiredPart(parts, OscalCatalog.STATEMENT, at);
        List<String> sourceClauses = clauseLinks(control, at, "reference");
        if (id == null || kind == null || level == null || section5 == null || deviable == null || neverExempt == null
                || title == null || text == null) {
            return null;
        }
        return new RequirementEntry(id, group, kind, level, title, text, parts.get("condition"),
                parts.get("interpretation"), section5, deviable, neverExempt, sourceClauses);
    }

    private RiskEntry risk(JsonNode control, String at, Set<String> ids) {
        String id = id(control, at, ids);
        Map<String, String> props = kumoProps(control, at);
        String capability = props.containsKey("capability")
                ? constant(props, "capability", at, MitigatingCapability.values()) : null;
        Boolean checkFirst = bool(props, "check-first", at);
        String alternative = props.containsKey("alternative")
                ? constant(props, "alternative", at, Alternative.values()) : null;
        Map<String, LocalizedText> parts = parts(control, at);
        LocalizedText title = requiredPart(parts, "title", at);
        LocalizedText text = requiredPart(parts, OscalCatalog.STATEMENT, at);
        List<String> linked = controlLinks(control, at, "related");
        List<String> sourceClauses = clauseLinks(control, at, "reference");
        if (id == null || checkFirst == null || title == null || text == null) {
            return null;
        }
        return new RiskEntry(id, title, text, parts.get("interpretation"), capability, checkFirst, alternative, linked,
                sourceClauses);
    }

    private ExemptionEntry exemption(JsonNode control, String at, Set<String> ids) {
        String id = id(control, at, ids);
        Map<String, LocalizedText> parts = parts(control, at);
        LocalizedText title = requiredPart(parts, "title", at);
        LocalizedText text = requiredPart(parts, OscalCatalog.STATEMENT, at);
        List<String> exempts = controlLinks(control, at, "exempts");
        List<String> sourceClauses = clauseLinks(control, at, "reference");
        if (id == null || title == null || text == null) {
            return null;
        }
        return new ExemptionEntry(id, title, text, parts.get("condition"), exempts, sourceClauses);
    }

    private String id(JsonNode control, String at, Set<String> ids) {
        String id = text(control, at, "id");
        if (id != null && !ids.add(id)) {
            problem(at + ".id", "duplicate", "error.duplicate", Echo.brief(id));
        }
        return id;
    }

    /** Parts by name, each with its Japanese and English prose (a {@code lang} prop on each part). */
    private Map<String, LocalizedText> parts(JsonNode control, String at) {
        Map<String, String[]> byName = new LinkedHashMap<>();
        List<JsonNode> parts = array(control, at, "parts");
        for (int i = 0; i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            String p = at + ".parts[" + i + "]";
            String name = text(part, p, "name");
            String lang = required(kumoProps(part, p), "lang", p);
            String prose = text(part, p, "prose");
            if (name == null || lang == null || prose == null) {
                continue;
            }
            int index = switch (lang) {
                case "ja" -> 0;
                case "en" -> 1;
                default -> -1;
            };
            if (index < 0) {
                problem(p + ".props", "badValue", "error.badValue", Echo.brief(lang), "ja, en");
                continue;
            }
            String[] texts = byName.computeIfAbsent(name, n -> new String[2]);
            if (texts[index] != null) {
                problem(p, "duplicate", "error.duplicate", Echo.brief(name + " (" + lang + ")"));
            }
            texts[index] = prose;
        }
        Map<String, LocalizedText> result = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : byName.entrySet()) {
            String[] t = e.getValue();
            if (t[0] == null || t[1] == null) {
                problem(at + ".parts", "language", "error.language", t[0] == null ? "ja" : "en", e.getKey());
                continue;
            }
            result.put(e.getKey(), new LocalizedText(t[0], t[1]));
        }
        return result;
    }

    private LocalizedText requiredPart(Map<String, LocalizedText> parts, String name, String at) {
        LocalizedText text = parts.get(name);
        if (text == null && problems.stream().noneMatch(v -> v.path().startsWith(at + ".parts"))) {
            problem(at + ".parts", "required", "error.required", "part \"" + name + "\"");
        }
        return text;
    }

    /** A label in both languages: the props {@code label} of class {@code ja} and {@code en}. */
    private LocalizedText label(JsonNode node, String at) {
        String ja = null;
        String en = null;
        List<JsonNode> props = array(node, at, "props");
        for (JsonNode prop : props) {
            if (Oscal.NS.equals(Oscal.text(prop, "ns")) && "label".equals(Oscal.text(prop, "name"))) {
                String cls = Oscal.text(prop, "class");
                if ("ja".equals(cls)) {
                    ja = Oscal.text(prop, "value");
                } else if ("en".equals(cls)) {
                    en = Oscal.text(prop, "value");
                }
            }
        }
        if (ja == null || en == null) {
            problem(at + ".props", "language", "error.language", ja == null ? "ja" : "en", "label");
            return null;
        }
        return new LocalizedText(ja, en);
    }

    /** The ids of clauses the control links to with {@code rel}, in order. */
    private List<String> clauseLinks(JsonNode control, String at, String rel) {
        List<String> ids = new ArrayList<>();
        forLinks(control, at, rel, (target, p) -> {
            String id = clauses.get(target);
            if (id == null) {
                problem(p + ".href", "unresolved", "error.unresolved", Echo.brief("#" + target));
            } else {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The ids of controls the control links to with {@code rel}, in order (checked once all controls are read). */
    private List<String> controlLinks(JsonNode control, String at, String rel) {
        List<String> ids = new ArrayList<>();
        forLinks(control, at, rel, (target, p) -> {
            ids.add(target);
            controlTargets.put(p + ".href", target);
        });
        return ids;
    }

    private void forLinks(JsonNode control, String at, String rel, java.util.function.BiConsumer<String, String> each) {
        JsonNode links = control.get("links");
        if (links == null) {
            return;
        }
        List<JsonNode> list = array(control, at, "links");
        for (int i = 0; i < list.size(); i++) {
            JsonNode link = list.get(i);
            String p = at + ".links[" + i + "]";
            String href = text(link, p, "href");
            String linkRel = Oscal.text(link, "rel");
            if (href == null || !rel.equals(linkRel)) {
                continue;
            }
            if (!href.startsWith("#") || href.length() == 1) {
                problem(p + ".href", "unresolved", "error.unresolved", Echo.brief(href));
                continue;
            }
            each.accept(href.substring(1), p);
        }
    }

    // ---------------------------------------------------------------- values

    /** The props in kumo's namespace without a class, by name (the first of each name). */
    private Map<String, String> kumoProps(JsonNode node, String at) {
        Map<String, String> props = new LinkedHashMap<>();
        JsonNode list = node.get("props");
        if (list == null) {
            return props;
        }
        List<JsonNode> items = array(node, at, "props");
        for (int i = 0; i < items.size(); i++) {
            JsonNode prop = items.get(i);
            if (!Oscal.NS.equals(Oscal.text(prop, "ns")) || prop.has("class")) {
                continue;
            }
            String p = at + ".props[" + i + "]";
            String name = text(prop, p, "name");
            String value = text(prop, p, "value");
            if (name != null && value != null) {
                props.putIfAbsent(name, value);
            }
        }
        return props;
    }

    private String required(Map<String, String> props, String name, String at) {
        String value = props.get(name);
        if (value == null) {
            problem(at + ".props", "required", "error.required", "prop \"" + name + "\"");
        }
        return value;
    }

    private Boolean bool(Map<String, String> props, String name, String at) {
        String value = required(props, name, at);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(at + ".props", "badValue", "error.badValue", Echo.brief(value), "true, false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    private String constant(Map<String, String> props, String name, String at, Enum<?>[] allowed) {
        String value = required(props, name, at);
        if (value == null) {
            return null;
        }
        if (Arrays.stream(allowed).noneMatch(c -> c.name().equals(value))) {
            problem(at + ".props", "badValue", "error.badValue", Echo.brief(value),
                    Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
        return value;
    }

    private LocalDate date(String value, String at) {
        if (value == null) {
            problem(at, "required", "error.required", "prop \"policy-date\"");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(at, "badDate", "error.badDate", Echo.brief(value));
            return null;
        }
    }

    private String text(JsonNode node, String at, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(at, "required", "error.required", "\"" + name + "\"");
            return null;
        }
        if (!value.isTextual()) {
            problem(at + "." + name, "wrongType", "error.wrongType", "@type.text");
            return null;
        }
        return value.textValue();
    }

    private JsonNode object(JsonNode node, String at, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(at, "required", "error.required", "\"" + name + "\"");
            return null;
        }
        if (!value.isObject()) {
            problem(at + "." + name, "wrongType", "error.wrongType", "@type.object");
            return null;
        }
        return value;
    }

    /** The items of an array; an absent one is empty, one of another type a problem. */
    private List<JsonNode> array(JsonNode node, String at, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(at + "." + name, "wrongType", "error.wrongType", "@type.array");
            return List.of();
        }
        List<JsonNode> items = Oscal.items(value);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                problem(at + "." + name + "[" + i + "]", "wrongType", "error.wrongType", "@type.object");
                return List.of();
            }
        }
        return items;
    }

    private void problem(String path, String code, String key, String... args) {
        problems.add(new Violation(path, code, OscalTexts.of(key, args)));
    }

    private InvalidDocumentException fail(String path, String code, String key, String... args) {
        problem(path, code, key, args);
        return new InvalidDocumentException(problems);
    }
}
