package kumo.adapters.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.domain.catalogue.Language;

/**
 * Reads the file given to {@code kumo service save} / {@code kumo system save}: either a bare profile (what a
 * request holds under {@code "service"} or {@code "system"}) or a stored-row document as {@code show --format
 * json} prints it ({@code {"kumo": "service-record/1", "id": …, "version": …, "profile": {…}}}), whose id and
 * version are then used. The profile is checked by the same rules as in a request (strict JSON, Bean
 * Validation, bilingual messages), its paths given from the file's root ({@code $.ismapRegistrations[0]…}, or
 * {@code $.profile.…} in a stored-row document).
 */
final class ProfileInput {

    /** The fields of a stored-row document; {@code updatedAt} and {@code updatedBy} are only informational. */
    private static final Set<String> ENVELOPE_FIELDS = Set.of("kumo", "id", "version", "updatedAt", "updatedBy", "profile");

    /** What the file gave: the profile and, from a stored-row document, its id and version. */
    record Parsed<P>(P profile, String id, Long version) {
    }

    private ProfileInput() {
    }

    /**
     * @throws InvalidDocumentException with every problem, paths from the file's root
     */
    static <P> Parsed<P> read(byte[] bytes, RecordKind<?, P> kind, Documents documents) {
        ObjectMapper mapper = documents.objectMapper();
        JsonNode root = tree(bytes, mapper);
        if (!root.isObject()) {
            throw problem("$", "wrongType", "input.notObject");
        }
        if (!root.has("kumo")) {
            return new Parsed<>(profile(root, "$", kind, documents, mapper), null, null);
        }
        List<Violation> problems = new ArrayList<>();
        JsonNode type = root.get("kumo");
        if (!type.isTextual() || !type.textValue().equals(kind.envelopeType())) {
            problems.add(violation("$.kumo", "documentType", "input.documentType", kind.envelopeType()));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ENVELOPE_FIELDS.contains(name)) {
                problems.add(violation("$." + name, "unknownField", "input.unknownField", name,
                        String.join(", ", ENVELOPE_FIELDS.stream().sorted().toList())));
            }
        }
        JsonNode id = root.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            problems.add(violation("$.id", "wrongType", "input.notText"));
        }
        JsonNode version = root.get("version");
        if (version != null && !version.isNull() && (!version.canConvertToLong() || !version.isIntegralNumber()
                || version.longValue() < 1)) {
            problems.add(violation("$.version", "invalidVersion", "input.badVersion"));
        }
        JsonNode profile = root.get("profile");
        if (profile == null || profile.isNull()) {
            problems.add(violation("$.profile", "required", "input.required"));
        } else if (!profile.isObject()) {
            problems.add(violation("$.profile", "wrongType", "input.notObject"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        P parsed = profile(profile, "$.profile", kind, documents, mapper);
        return new Parsed<>(parsed, id == null || id.isNull() ? null : id.textValue(),
                version == null || version.isNull() ? null : version.longValue());
    }

    /** The profile, read and validated as the request's {@code service} / {@code system} would be. */
    private static <P> P profile(JsonNode profile, String at, RecordKind<?, P> kind, Documents documents,
            ObjectMapper mapper) {
        ObjectNode request = mapper.createObjectNode();
        request.put("kumo", AssessmentRequestDocument.TYPE);
        request.set("system", kind == RecordKind.SYSTEM ? profile : mapper.createObjectNode());
        request.set("service", kind == RecordKind.SERVICE ? profile : mapper.createObjectNode());
        try {
            return kind.profileOf(documents.readRequest(mapper.writeValueAsBytes(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a parsed profile back", e);
        } catch (InvalidDocumentException e) {
            String prefix = "$." + kind.name();
            throw new InvalidDocumentException(e.violations().stream()
                    .map(v -> new Violation(rebase(v.path(), prefix, at), v.code(), v.message(), v.line(), v.column()))
                    .toList());
        }
    }

    /** {@code $.service.x[0]} → {@code $.x[0]} (or {@code $.profile.x[0]}). */
    static String rebase(String path, String prefix, String at) {
        if (path.equals(prefix)) {
            return at;
        }
        if (path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
            return at + path.substring(prefix.length());
        }
        return path;
    }

    private static JsonNode tree(byte[] bytes, ObjectMapper mapper) {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw problem("$", "empty", "input.empty");
            }
            return root;
        } catch (JsonEOFException e) {
            throw syntax(e, "unexpectedEnd", "input.unexpectedEnd");
        } catch (JsonProcessingException e) {
            throw syntax(e, "syntax", "input.syntax");
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    private static InvalidDocumentException syntax(JsonProcessingException e, String code, String key) {
        JsonLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        LocalizedText text = text(key, line == null ? "?" : line, column == null ? "?" : column);
        return new InvalidDocumentException(List.of(new Violation("$", code, text, line, column)));
    }

    private static InvalidDocumentException problem(String path, String code, String key, Object... args) {
        return new InvalidDocumentException(List.of(violation(path, code, key, args)));
    }

    private static Violation violation(String path, String code, String key, Object... args) {
        return new Violation(path, code, text(key, args));
    }

    private static LocalizedText text(String key, Object... args) {
        return new LocalizedText(CliTexts.of(Language.JA).get(key, args), CliTexts.of(Language.EN).get(key, args));
    }
}
