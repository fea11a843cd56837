package kumo.application.document.oscal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.Documents;
import kumo.application.document.request.CloudServiceProfileDto;

/**
 * A service profile as an OSCAL component-definition (docs/oscal.md): one component of type {@code service} whose
 * props, in kumo's namespace, are the profile's facts by their JSON path ({@code certifications.0.type}); a fact
 * that is not known is absent, as in the profile, and a list checked and empty is a prop of class {@code empty}.
 * The profile's own JSON (canonical) is a back-matter resource, so nothing is lost to the one-line prop values.
 * UUIDs derive from the SHA-256 of that canonical JSON; the timestamp is the latest date in the profile, else
 * the date the caller gives (the catalogue's policy date).
 */
public final class OscalComponentDefinition {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper TREE = new ObjectMapper();

    private OscalComponentDefinition() {
    }

    /** The OSCAL document {@code {"component-definition": {…}}} of one service profile. */
    public static ObjectNode of(CloudServiceProfileDto profile, LocalDate undated) {
        Objects.requireNonNull(profile, "profile");
        String canonical = Documents.canonicalJson(profile);
        String digest = Documents.sha256(profile);
        JsonNode tree;
        try {
            tree = TREE.readTree(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kumo's own canonical JSON does not parse", e);
        }
        String base = "component-definition/" + digest;
        String when = Oscal.timestamp(latestDate(tree, Objects.requireNonNull(undated, "undated")));
        String name = profile.name() == null ? null : Oscal.line(profile.name());

        ObjectNode definition = Oscal.object();
        definition.put("uuid", Oscal.uuid(base));
        ObjectNode metadata = definition.putObject("metadata");
        String title = OscalTexts.both("component.title");
        metadata.put("title", name == null ? title : title + ": " + Markdown.escape(name));
        metadata.put("published", when);
        metadata.put("last-modified", when);
        metadata.put("version", "1");
        metadata.put("oscal-version", Oscal.OSCAL_VERSION);
        ArrayNode meta = metadata.putArray("props");
        meta.add(Oscal.prop("kumo-document", "component-definition"));
        meta.add(Oscal.prop("profile-sha256", digest));

        String resource = Oscal.uuid(base + "/profile");
        ObjectNode component = definition.putArray("components").addObject();
        component.put("uuid", Oscal.uuid(base + "/service"));
        component.put("type", "service");
        component.put("title", name == null ? title : Markdown.escape(name));
        var description = OscalTexts.of("component.description");
        component.put("description", description.ja() + "\n\n" + description.en());
        ArrayNode props = Oscal.array();
        facts(tree, "", props);
        Oscal.putArray(component, "props", props);
        component.putArray("links").add(Oscal.link(resource, "kumo-profile", OscalTexts.both("component.profile")));

        ObjectNode profileResource = definition.putObject("back-matter").putArray("resources").addObject();
        profileResource.put("uuid", resource);
        profileResource.put("title", OscalTexts.both("component.profile"));
        ObjectNode base64 = profileResource.putObject("base64");
        base64.put("filename", "service-profile.json");
        base64.put("media-type", "application/json");
        base64.put("value", Base64.getEncoder().encodeToString(canonical.getBytes(StandardCharsets.UTF_8)));

        ObjectNode root = Oscal.object();
        root.set("component-definition", definition);
        return root;
    }

    /** One prop per known fact, named by its path; an empty list or object is a prop of class {@code empty}. */
    private static void facts(JsonNode node, String path, ArrayNode props) {
        if (node.isObject()) {
            if (node.isEmpty() && !path.isEmpty()) {
                props.add(Oscal.prop(path, "empty", "{}"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                facts(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), props);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                props.add(Oscal.prop(path, "empty", "[]"));
            }
            for (int i = 0; i < node.size(); i++) {
                facts(node.get(i), path + "." + i, props);
            }
        } else if (!node.isNull()) {
            props.add(Oscal.prop(path, Oscal.line(node.asText())));
        }
    }

    /** The latest {@code YYYY-MM-DD} value anywhere in the profile, else {@code undated}. */
    private static LocalDate latestDate(JsonNode node, LocalDate undated) {
        LocalDate[] latest = {null};
        visit(node, latest);
        return latest[0] == null ? undated : latest[0];
    }

    private static void visit(JsonNode node, LocalDate[] latest) {
        if (node.isContainerNode()) {
            node.forEach(child -> visit(child, latest));
        } else if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            try {
                LocalDate d = LocalDate.parse(node.textValue());
                // OSCAL's timestamps know the years 1900-2999 only
                if (d.getYear() >= 1900 && d.getYear() <= 2999 && (latest[0] == null || d.isAfter(latest[0]))) {
                    latest[0] = d;
                }
            } catch (DateTimeParseException e) {
                // not a date after all (the profile's reader checks its dates): not a timestamp either
            }
        }
    }
}
