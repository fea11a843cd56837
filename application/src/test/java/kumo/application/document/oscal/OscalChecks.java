package kumo.application.document.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;

/**
 * The official NIST OSCAL 1.2.1 JSON schemas (copied into the test resources, draft-07, with format assertions
 * and the schemas' regular expressions checked by the JDK's engine), and the checks a schema cannot make.
 */
final class OscalChecks {

    /** Which schema validates which document (by its root key). */
    static final Map<String, String> SCHEMAS = Map.of(
            "catalog", "oscal_catalog_schema.json",
            "component-definition", "oscal_component_schema.json",
            "assessment-results", "oscal_assessment-results_schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(JDKRegularExpressionFactory.getInstance())
                    .build()));

    private static final Map<String, Schema> LOADED = new HashMap<>();

    /** Version 5 (name-based, SHA-1), RFC 4122 variant. */
    private static final Pattern V5 = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    private OscalChecks() {
    }

    /** The schema's errors for the document, as text; empty when it is valid. */
    static List<String> schemaErrors(JsonNode document) {
        String root = document.fieldNames().next();
        Schema schema = schema(SCHEMAS.get(root));
        return schema.validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    static synchronized Schema schema(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = OscalChecks.class.getResourceAsStream("/oscal/1.2.1/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + n + " in the test resources");
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What the schema cannot see: every {@code uuid} unique and of version 5, every {@code id} unique, every prop in
     * kumo's namespace, no empty array, every {@code #…} href and every {@code …-uuid} reference resolving inside the
     * document, and no href leaving it.
     */
    static List<String> documentErrors(JsonNode document) {
        List<String> errors = new ArrayList<>();
        Set<String> uuids = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<String[]> references = new ArrayList<>();
        walk(document, "$", errors, uuids, ids, references);
        for (String[] ref : references) {
            String target = ref[1];
            boolean found = ref[2].equals("href") ? uuids.contains(target) || ids.contains(target) : uuids.contains(target);
            if (!found) {
                errors.add(ref[0] + ": " + ref[2] + " " + target + " does not resolve inside the document");
            }
        }
        return errors;
    }

    private static void walk(JsonNode node, String at, List<String> errors, Set<String> uuids, Set<String> ids,
            List<String[]> references) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                errors.add(at + ": empty array");
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "[" + i + "]", errors, uuids, ids, references);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (var it = node.fields(); it.hasNext();) {
            var e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            String path = at + "." + name;
            if (name.equals("uuid") && value.isTextual()) {
                if (!uuids.add(value.textValue())) {
                    errors.add(path + ": uuid " + value.textValue() + " twice");
                }
                if (!V5.matcher(value.textValue()).matches()) {
                    errors.add(path + ": " + value.textValue() + " is not a version-5 UUID");
                }
            } else if (name.equals("id") && value.isTextual()) {
                if (!ids.add(value.textValue())) {
                    errors.add(path + ": id " + value.textValue() + " twice");
                }
            } else if (name.equals("props") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (!Oscal.NS.equals(value.get(i).path("ns").asText(null))) {
                        errors.add(path + "[" + i + "]: a prop outside kumo's namespace");
                    }
                }
            } else if (name.equals("href") && value.isTextual()) {
                String href = value.textValue();
                if (!href.startsWith("#")) {
                    errors.add(path + ": href " + href + " leaves the document");
                } else {
                    references.add(new String[] {path, href.substring(1), "href"});
                }
            } else if (name.endsWith("-uuid") && value.isTextual()) {
                references.add(new String[] {path, value.textValue(), name});
            }
            walk(value, path, errors, uuids, ids, references);
        }
    }
}
