package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.validation.FieldsOfItsFormat;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.validation.DeviableRequirement;
import kumo.application.document.validation.Distinct;
import kumo.application.document.validation.KnownCatalogueVersion;
import kumo.application.document.validation.KnownRisk;
import kumo.application.support.Project;

/**
 * The published schemas and the Java records agree: walking the records reflectively from the
 * document root, every record component is a schema property and every schema property a component,
 * with the same JSON type, the same enum constants, the same required properties, and the same
 * numeric bounds and uniqueness.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> visited = new HashSet<>();
    private JsonNode root;
    /** The request format version being compared (its fields and enum constants only); 0 for the result. */
    private int format;

    @Test
    void requestSchemaAndDtosAgree() throws IOException {
        root = JSON.readTree(Project.schema("assessment-request.schema.json").toFile());
        format = 1;
        walkRecord(AssessmentRequestDocument.class, root, "$", true);
        assertThat(problems).isEmpty();
        assertThat(visited).as("records walked").hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void requestSchemaVersion2AndDtosAgree() throws IOException {
        root = JSON.readTree(Project.schema("assessment-request-2.schema.json").toFile());
        format = 2;
        walkRecord(AssessmentRequestDocument.class, root, "$", true);
        assertThat(problems).isEmpty();
        assertThat(visited).as("records walked").hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void theTwoRequestSchemasDifferOnlyWhereTheFormatsDo() throws IOException {
        JsonNode one = JSON.readTree(Project.schema("assessment-request.schema.json").toFile());
        JsonNode two = JSON.readTree(Project.schema("assessment-request-2.schema.json").toFile());
        assertThat(one.at("/properties/kumo/const").asText()).isEqualTo(AssessmentRequestDocument.TYPE);
        assertThat(two.at("/properties/kumo/const").asText()).isEqualTo(AssessmentRequestDocument.TYPE_2);
        Set<String> changed = new TreeSet<>();
        one.path("definitions").fieldNames().forEachRemaining(name -> {
            if (!one.path("definitions").path(name).equals(two.path("definitions").path(name))) {
                changed.add(name);
            }
        });
        assertThat(changed).containsExactlyInAnyOrder("DataLocations", "IsmapRegistration", "Deviation", "UsagePlan",
                "NetworkPath");
    }

    @Test
    void resultSchemaAndRecordsAgree() throws IOException {
        root = JSON.readTree(Project.schema("assessment-result.schema.json").toFile());
        walkRecord(AssessmentResultDocument.class, root, "$", false);
        assertThat(problems).isEmpty();
        assertThat(visited).as("records walked").hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void catalogueListsInTheRequestSchemaMatchTheCatalogue() throws IOException {
        JsonNode defs = JSON.readTree(Project.schema("assessment-request.schema.json").toFile()).path("definitions");
        assertThat(strings(defs.path("Deviation").path("properties").path("requirementId").path("enum")))
                .containsExactlyElementsOf(DeviableRequirement.Validator.ids());
        assertThat(strings(defs.path("RiskDecision").path("properties").path("riskId").path("enum")))
                .containsExactlyElementsOf(KnownRisk.Validator.ids());
    }

    /** The catalogue states its version once; each published request schema names exactly that one (or none). */
    @Test
    void theRequestSchemasNameTheCataloguesOwnVersion() throws IOException {
        for (String name : List.of("assessment-request.schema.json", "assessment-request-2.schema.json")) {
            JsonNode versions = JSON.readTree(Project.schema(name).toFile()).path("properties").path("catalogueVersion").path("enum");
            List<String> named = new ArrayList<>();
            versions.forEach(v -> named.add(v.isNull() ? null : v.asText()));
            assertThat(named).as(name).containsExactly(KnownCatalogueVersion.Validator.version(), null);
        }
    }

    private void walkRecord(Class<?> type, JsonNode schema, String path, boolean request) {
        JsonNode object = objectSchema(schema);
        if (!visited.add(type)) {
            return;
        }
        Set<String> components = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (format > 0 && !FieldsOfItsFormat.Validator.allowed(c, format)) {
                continue; // a field of the other format version
            }
            components.add(c.getName());
            Field f = field(type, c.getName());
            // results always carry every property (null where allowed), except those added to version 1 later, which
            // older documents lack; requests require only the @NotNull/@NotBlank ones
            if (!request && !OPTIONAL_RESULT_COMPONENTS.contains(type.getSimpleName() + "." + c.getName())
                    || request && (f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class))) {
                required.add(c.getName());
            }
        }
        Set<String> properties = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        if (!components.equals(properties)) {
            problems.add(path + " (" + type.getSimpleName() + "): components " + components + " but schema properties " + properties);
        }
        Set<String> schemaRequired = new TreeSet<>(strings(object.path("required")));
        if (!required.equals(schemaRequired)) {
            problems.add(path + " (" + type.getSimpleName() + "): required " + required + " but schema requires " + schemaRequired);
        }
        if (request && !object.path("additionalProperties").isBoolean()) {
            problems.add(path + ": additionalProperties is not false");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode property = object.path("properties").path(c.getName());
            if (!property.isMissingNode() && components.contains(c.getName())) {
                Field f = field(type, c.getName());
                if (request) {
                    checkBounds(f, property, path + "." + c.getName());
                }
                boolean nonNull = request ? f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class)
                        : !nullable(c);
                walkValue(c.getGenericType(), f.getAnnotatedType(), property, path + "." + c.getName(), request, nonNull);
            }
        }
    }

    /** Result components added to version 1 after its first documents: optional in the schema, and nullable. */
    private static final Set<String> OPTIONAL_RESULT_COMPONENTS = Set.of(
            "DeviationRecord.accepted", "DeviationRecord.outcome", "DeviationRecord.why");

    /** Result components that may be null (documented so on the records); every other result component is always set. */
    private static final Set<String> NULLABLE_RESULT_COMPONENTS = Set.of(
            "FindingEntry.condition", "FindingEntry.exemptionId", "FindingEntry.interpretation", "FindingEntry.deviation",
            "Fact.value", "Fact.evidence",
            "DeviationRecord.rationale", "DeviationRecord.justifiedByFlowDesign", "DeviationRecord.approvedBy",
            "DeviationRecord.approvedOn", "DeviationRecord.refusedBy", "DeviationRecord.refusedOn",
            "DeviationRecord.refusalRationale", "AssessmentResultDocument.follows",
            "DeviationRecord.accepted", "DeviationRecord.outcome", "DeviationRecord.why",
            "RiskEntryText.capability", "RiskEntryText.capabilityText", "RiskEntryText.capabilityOffered",
            "RiskEntryText.checkText", "RiskEntryText.interpretation", "RiskEntryText.decision",
            "RiskDecisionRecord.treatment", "RiskDecisionRecord.treatmentLabel", "RiskDecisionRecord.rationale",
            "RiskDecisionRecord.decidedBy", "RiskDecisionRecord.decidedOn", "RiskDecisionRecord.expiresOn",
            "RiskDecisionRecord.check",
            "RiskCheckRecord.result", "RiskCheckRecord.checkedBy", "RiskCheckRecord.checkedOn");

    private static boolean nullable(RecordComponent c) {
        return NULLABLE_RESULT_COMPONENTS.contains(c.getDeclaringRecord().getSimpleName() + "." + c.getName());
    }

    private void walkValue(Type type, AnnotatedType annotated, JsonNode property, String path, boolean request, boolean nonNull) {
        JsonNode schema = unwrapNull(property);
        boolean allowsNull = allowsNull(property);
        if (nonNull == allowsNull && !(type instanceof Class<?> k && k.isPrimitive() && !allowsNull)) {
            problems.add(path + ": null " + (allowsNull ? "allowed by the schema but not by Java" : "allowed by Java but not by the schema"));
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            walkRecord(raw, schema, path, request);
        } else if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants())
                    .filter(e -> format == 0 || FieldsOfItsFormat.Validator.allowed((Enum<?>) e, format))
                    .map(e -> ((Enum<?>) e).name()).toList();
            List<String> schemaEnum = strings(resolve(schema).path("enum"));
            if (!constants.equals(schemaEnum)) {
                problems.add(path + ": enum " + constants + " but schema " + schemaEnum);
            }
        } else if (raw == List.class) {
            expectType(schema, "array", path);
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            AnnotatedType annotatedElement = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            walkValue(element, annotatedElement, schema.path("items"), path + "[]", request,
                    annotatedElement.isAnnotationPresent(NotNull.class) || !request);
        } else if (raw == Map.class) {
            expectType(schema, "object", path);
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Class<?> key = raw(kv[0]);
            Set<String> properties = new TreeSet<>();
            resolve(schema).path("properties").fieldNames().forEachRemaining(properties::add);
            if (key.isEnum()) {
                Set<String> constants = new TreeSet<>(Arrays.stream(key.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
                if (!constants.equals(properties)) {
                    problems.add(path + ": map keys " + constants + " but schema properties " + properties);
                }
            }
            if (request && !resolve(schema).path("additionalProperties").isBoolean()) {
                problems.add(path + ": additionalProperties is not false");
            }
        } else if (raw == String.class) {
            expectType(schema, "string", path);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expectType(schema, "boolean", path);
        } else if (raw == Integer.class || raw == int.class) {
            expectType(schema, "integer", path);
        } else if (raw == Double.class) {
            expectType(schema, "number", path);
        } else if (raw == LocalDate.class) {
            expectType(schema, "string", path);
            if (!"date".equals(resolve(schema).path("format").asText())) {
                problems.add(path + ": a date without format: date");
            }
        } else {
            problems.add(path + ": no rule for Java type " + raw.getSimpleName());
        }
    }

    private void checkBounds(Field f, JsonNode property, String path) {
        JsonNode schema = resolve(unwrapNull(property));
        boolean nonNegative = f.isAnnotationPresent(PositiveOrZero.class) || f.isAnnotationPresent(jakarta.validation.constraints.DecimalMin.class);
        if (nonNegative != (schema.path("minimum").isNumber() && schema.path("minimum").asDouble() == 0)) {
            problems.add(path + ": minimum 0 " + (nonNegative ? "missing in the schema" : "in the schema but not in Java"));
        }
        DecimalMax max = f.getAnnotation(DecimalMax.class);
        if ((max != null) != schema.path("maximum").isNumber()
                || (max != null && Double.parseDouble(max.value()) != schema.path("maximum").asDouble())) {
            problems.add(path + ": maximum differs");
        }
        boolean distinct = f.isAnnotationPresent(Distinct.class);
        if (distinct != schema.path("uniqueItems").asBoolean(false)) {
            problems.add(path + ": uniqueItems " + (distinct ? "missing in the schema" : "in the schema but not in Java"));
        }
    }

    private void expectType(JsonNode schema, String type, String path) {
        JsonNode t = resolve(schema).path("type");
        boolean ok = t.isTextual() ? t.asText().equals(type) : strings(t).contains(type);
        if (!ok) {
            problems.add(path + ": expected schema type " + type + " but found " + t);
        }
    }

    /** {"anyOf": [X, {"type": "null"}]} → X; a type list with "null" stays as it is. */
    private static JsonNode unwrapNull(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode option : property.path("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return option;
                }
            }
        }
        return property;
    }

    private boolean allowsNull(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode option : property.path("anyOf")) {
                if ("null".equals(option.path("type").asText())) {
                    return true;
                }
            }
        }
        JsonNode t = resolve(property).path("type");
        return t.isArray() && strings(t).contains("null");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.path("$ref").asText();
            s = root.at(ref.substring(1));
        }
        return s;
    }

    private JsonNode objectSchema(JsonNode schema) {
        return resolve(unwrapNull(schema));
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            JsonNode n = it.next();
            if (!n.isNull()) {
                list.add(n.asText());
            }
        }
        return list;
    }
}
