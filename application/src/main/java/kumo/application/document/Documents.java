package kumo.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;

/**
 * Reads and writes the interchange documents: one strictly configured Jackson mapper (unknown fields,
 * numbers for enums, case-insensitive enums, scalar coercions, duplicate keys and trailing content
 * are all rejected; dates are exactly {@code YYYY-MM-DD} ({@link StrictDates}); input is UTF-8 only and
 * every string Unicode text within {@link InputLimits} ({@link StrictJsonFactory}); output is
 * pretty-printed with map entries in key order) plus Bean Validation of the request. Every problem
 * becomes an {@link InvalidDocumentException} with JSON paths and Japanese and English messages.
 * Thread-safe; build one and share it.
 */
public final class Documents {

    private static final ObjectMapper CANONICAL = base()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private final ObjectMapper mapper;
    private final ObjectWriter pretty;
    /** Where the Bean Validation configuration comes from; asked once, by {@link #validator()}. */
    private final Supplier<Configuration<?>> validation;
    /** Built on the first validation ({@link #validator()}): most commands never validate a request. */
    private volatile Validator validator;
    private final Object validatorLock = new Object();
    private final DocumentMessages messages;

    /**
     * Validates through the default Bean Validation provider found on the class path (the composition root puts
     * Hibernate Validator there), looked up and configured on the first validation: even configuring it costs a
     * command that never validates a request part of its start (docs/performance.md).
     * The first validation throws {@link IllegalStateException} when no provider is available.
     */
    public static Documents create() {
        return new Documents(() -> {
            try {
                return Validation.byDefaultProvider().configure();
            } catch (ValidationException e) {
                throw new IllegalStateException("no Bean Validation provider on the class path", e);
            }
        });
    }

    /**
     * Uses the given Bean Validation configuration (e.g. {@code Validation.byProvider(HibernateValidator.class).configure()});
     * its message interpolator is replaced by one that renders every message in Japanese and English. The validator
     * is built from it on the first validation, not here: bootstrapping the provider costs a command that never
     * validates a request (listing, showing, exporting) a large part of its start (docs/performance.md).
     */
    public Documents(Configuration<?> configuration) {
        this(constant(Objects.requireNonNull(configuration, "configuration")));
    }

    /** Asks {@code validation} for the configuration on the first validation only. */
    Documents(Supplier<Configuration<?>> validation) {
        this.messages = new DocumentMessages();
        this.validation = Objects.requireNonNull(validation, "validation");
        this.mapper = base().build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        this.pretty = mapper.writer(printer);
    }

    private static Supplier<Configuration<?>> constant(Configuration<?> configuration) {
        return () -> configuration;
    }

    private static JsonMapper.Builder base() {
        // strict input (UTF-8 only, checked strings, limits, YYYY-MM-DD dates) lives in the factory and
        // the date deserializer, so that every copy of the mapper (store exports, adapters) reads the same way
        return JsonMapper.builder(new StrictJsonFactory())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("kumo-strict-dates").addDeserializer(LocalDate.class, new StrictDates.Deserializer()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail));
    }

    // ---------------------------------------------------------------- reading

    /**
     * Parses and validates an assessment request.
     *
     * @throws InvalidDocumentException with every problem found (a parse problem stops at the first one)
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public AssessmentRequestDocument readRequest(InputStream json) {
        return readRequest(readAll(json));
    }

    /** Parses and validates an assessment request; see {@link #readRequest(InputStream)}. */
    public AssessmentRequestDocument readRequest(String json) {
        return readRequest(utf8(json));
    }

    /** Parses and validates an assessment request given as UTF-8 bytes; see {@link #readRequest(InputStream)}. */
    public AssessmentRequestDocument readRequest(byte[] json) {
        return validate(parse(json, AssessmentRequestDocument.class));
    }

    /**
     * Parses an assessment result (e.g. a stored one) with the same strictness; results are produced
     * by kumo, so they carry no Bean Validation rules.
     */
    public AssessmentResultDocument readResult(String json) {
        return parse(utf8(json), AssessmentResultDocument.class);
    }

    /**
     * Parses any document of kumo's formats (a service or system profile, a part of a request such as a decision)
     * with the same strictness as a request, without Bean Validation: the caller validates it where it is used.
     *
     * @throws InvalidDocumentException for the first problem found, at its path
     */
    public <T> T read(byte[] json, Class<T> type) {
        return parse(Objects.requireNonNull(json, "json"), Objects.requireNonNull(type, "type"));
    }

    /** Bean-validates a request (read from JSON or built in code); returns it when it is valid. */
    public AssessmentRequestDocument validate(AssessmentRequestDocument request) {
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        return request;
    }

    /** The Bean Validation problems of a request, sorted by path; empty when it is valid. */
    public List<Violation> violations(AssessmentRequestDocument request) {
        Objects.requireNonNull(request, "request");
        Map<String, Violation> unique = new LinkedHashMap<>();
        for (ConstraintViolation<AssessmentRequestDocument> v : validator().validate(request)) {
            String path = JsonPaths.of(v.getPropertyPath());
            String code = code(v);
            String[] text = v.getMessage().split(BilingualMessageInterpolator.SEPARATOR, 2);
            LocalizedText message = new LocalizedText(text[0], text.length > 1 ? text[1] : text[0]);
            unique.putIfAbsent(path + "\n" + code, new Violation(path, code, message));
        }
        List<Violation> list = new ArrayList<>(unique.values());
        list.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return list;
    }

    /** The validator, built from the configuration once, by the first caller (thread-safe). */
    private Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (validatorLock) {
                built = validator;
                if (built == null) {
                    Configuration<?> configuration = validation.get();
                    built = configuration
                            .messageInterpolator(new BilingualMessageInterpolator(configuration.getDefaultMessageInterpolator(), messages))
                            .buildValidatorFactory().getValidator();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static String code(ConstraintViolation<?> v) {
        String key = BilingualMessageInterpolator.key(v.getMessageTemplate());
        if (key != null) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private <T> T parse(byte[] json, Class<T> type) {
        try {
            return parseOrThrow(json, type);
        } catch (InvalidDocumentException e) {
            throw InvalidDocumentException.unreadable(e);
        }
    }

    private <T> T parseOrThrow(byte[] json, Class<T> type) {
        if (isBlank(json)) {
            throw invalid(JsonPaths.ROOT, "empty", Map.of());
        }
        try (JsonParser parser = mapper.createParser(json)) {
            // errors are mapped inside the resource block: the parser still knows the offending token
            try {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw invalid(JsonPaths.ROOT, "wrongType",
                            Map.of("expected", type("object", Map.of()), "found", found(first)));
                }
                T value = mapper.readerFor(type).readValue(parser);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new InvalidDocumentException(List.of(new Violation(JsonPaths.ROOT, "trailingContent",
                            messages.render("kumo.json.trailingContent", lineColumn(at)), at.getLineNr(), at.getColumnNr())));
                }
                return value;
            } catch (StreamReadException e) {
                throw new InvalidDocumentException(List.of(syntax(e)));
            } catch (DatabindException e) {
                throw new InvalidDocumentException(List.of(mapping(e)));
            } catch (JsonProcessingException e) {
                throw invalid(JsonPaths.ROOT, "invalid", Map.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the UTF-8 text is empty or white space only ({@code String.isBlank}): decoded only when its
     * first byte that is not ASCII white space is not plain ASCII either (e.g. an ideographic space).
     */
    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b < 0) {
                return new String(json, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A string's UTF-8 bytes, an unpaired surrogate written as a <code>&#92;uXXXX</code> escape rather than replaced
     * by {@code ?}: inside a JSON string the checked parser then refuses it at its path, elsewhere it is a
     * syntax error, as it should be.
     */
    private static byte[] utf8(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? json : sb.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InvalidDocumentException invalid(String path, String code, Map<String, LocalizedText> params) {
        return new InvalidDocumentException(List.of(new Violation(path, code, messages.render("kumo.json." + code, params))));
    }

    private Violation syntax(StreamReadException e) {
        if (e instanceof InputProblem problem) {
            return problem.violation(messages);
        }
        JsonLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        String path = JsonPaths.ROOT;
        String code = e instanceof JsonEOFException ? "unexpectedEnd" : "syntax";
        Map<String, LocalizedText> params = new LinkedHashMap<>(lineColumn(at));
        JsonParser p = e.getProcessor();
        if (p != null) {
            path = JsonPaths.of(p.getParsingContext());
            String original = e.getOriginalMessage();
            if (original != null && original.contains("Invalid UTF-8")) {
                code = "encoding";
            } else if (original != null && original.startsWith("Duplicate ")) {
                code = "duplicateField";
                params.put("name", Echo.of(p.getParsingContext().getCurrentName()));
            }
        }
        return new Violation(path, code, messages.render("kumo.json." + code, params), line, column);
    }

    static Map<String, LocalizedText> lineColumn(JsonLocation at) {
        return Map.of("line", DocumentMessages.same(at == null ? "?" : at.getLineNr()),
                "column", DocumentMessages.same(at == null ? "?" : at.getColumnNr()));
    }

    private Violation mapping(DatabindException e) {
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : JsonPaths.ROOT;
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof StreamReadException read) {
                return syntax(read);
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = u.getKnownPropertyIds() == null ? "" : new TreeSet<>(u.getKnownPropertyIds().stream()
                    .map(String::valueOf).toList()).stream().collect(Collectors.joining(", "));
            return violation(path, "unknownField", Map.of("name", Echo.of(u.getPropertyName()),
                    "allowed", DocumentMessages.same(allowed)));
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            JsonToken token = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
            Object value = e instanceof InvalidFormatException f ? f.getValue()
                    : token == JsonToken.VALUE_STRING ? text(m) : null;
            if (token == JsonToken.FIELD_NAME && value instanceof String key) {
                path = JsonPaths.child(path, key);
            }
            if (target != null && value instanceof String s) {
                if (target.isEnum()) {
                    return violation(path, "invalidEnum", Map.of("value", Echo.of(s),
                            "allowed", DocumentMessages.same(constants(target))));
                }
                if (Temporal.class.isAssignableFrom(target)) {
                    return violation(path, "invalidDate", Map.of("value", Echo.of(s)));
                }
            }
            if (target != null) {
                return violation(path, "wrongType", Map.of("expected", typeOf(target), "found", found(token)));
            }
        }
        return violation(path, "invalid", Map.of());
    }

    private static String text(MismatchedInputException m) {
        try {
            return m.getProcessor() instanceof JsonParser p ? p.getText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Violation violation(String path, String code, Map<String, LocalizedText> params) {
        return new Violation(path, code, messages.render("kumo.json." + code, params));
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** The JSON type a Java type is written as, in both languages. */
    private LocalizedText typeOf(Class<?> t) {
        if (t.isEnum()) {
            return type("enum", Map.of("allowed", DocumentMessages.same(constants(t))));
        }
        String name;
        if (CharSequence.class.isAssignableFrom(t)) {
            name = "string";
        } else if (t == Boolean.class || t == boolean.class) {
            name = "boolean";
        } else if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            name = "integer";
        } else if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
            name = "number";
        } else if (t == LocalDate.class) {
            name = "date";
        } else if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            name = "array";
        } else {
            name = "object";
        }
        return type(name, Map.of());
    }

    private LocalizedText type(String name, Map<String, LocalizedText> params) {
        return messages.render("kumo.type." + name, params);
    }

    private LocalizedText found(JsonToken token) {
        if (token == null) {
            return type("nothing", Map.of());
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> type("object", Map.of());
            case START_ARRAY, END_ARRAY -> type("array", Map.of());
            case VALUE_STRING -> type("string", Map.of());
            case VALUE_NUMBER_INT -> type("integer", Map.of());
            case VALUE_NUMBER_FLOAT -> type("number", Map.of());
            case VALUE_TRUE, VALUE_FALSE -> type("boolean", Map.of());
            case VALUE_NULL -> type("null", Map.of());
            default -> type("nothing", Map.of());
        };
    }

    // ---------------------------------------------------------------- writing

    /** A document as pretty-printed JSON (two-space indent, map entries in key order, ISO dates). */
    public String write(Object document) {
        try {
            return pretty.writeValueAsString(document);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
        }
    }

    /**
     * The canonical JSON of a document: no whitespace, object keys in alphabetical order, {@code null}
     * values omitted (absent and {@code null} mean the same), dates as ISO strings, UTF-8.
     */
    public static String canonicalJson(Object document) {
        try {
            return CANONICAL.writeValueAsString(document);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
        }
    }

    /** The SHA-256 of {@link #canonicalJson}, as 64 lower-case hex digits. */
    public static String sha256(Object document) {
        return Digests.sha256(canonicalJson(document));
    }

    /** A copy of the configured mapper, for adapters that need Jackson directly (e.g. a web framework's JSON mapper). */
    public ObjectMapper objectMapper() {
        return mapper.copy();
    }
}
