package kumo.application.records.service;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.document.Documents;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentDiff;
import kumo.application.records.AssessmentRecord;

/**
 * What changed between two stored assessments: the verdict, every request field that differs (leaf by leaf,
 * by JSON pointer; arrays compared element by element by index; a field present on one side only has
 * {@code null} on the other), the findings whose status differs (catalogue order) and the risks whose state
 * differs (R01–R29). Pure: it reads nothing but the two records.
 */
public final class AssessmentDiffer {

    private final ObjectMapper mapper;
    private final Documents documents;

    public AssessmentDiffer(Documents documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.mapper = documents.objectMapper();
    }

    /** The changes from {@code older} to {@code newer}, in that order (the caller decides which is older). */
    public AssessmentDiff diff(AssessmentRecord older, AssessmentRecord newer) {
        List<AssessmentDiff.FactChange> facts = new ArrayList<>();
        compare("", tree(older.requestJson()), tree(newer.requestJson()), facts);
        AssessmentResultDocument before = documents.readResult(older.resultJson());
        AssessmentResultDocument after = documents.readResult(newer.resultJson());
        return new AssessmentDiff(older.summary(), newer.summary(), older.summary().verdict(), newer.summary().verdict(),
                facts,
                changes(before.findings(), after.findings(), AssessmentResultDocument.FindingEntry::id,
                        AssessmentResultDocument.FindingEntry::status),
                changes(before.risks(), after.risks(), AssessmentResultDocument.RiskEntryText::id,
                        AssessmentResultDocument.RiskEntryText::state));
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored request is not JSON", e);
        }
    }

    private void compare(String path, JsonNode before, JsonNode after, List<AssessmentDiff.FactChange> out) {
        JsonNode was = absentIfNull(before);
        JsonNode is = absentIfNull(after);
        if (Objects.equals(was, is)) {
            return;
        }
        boolean bothObjects = was != null && is != null && was.isObject() && is.isObject();
        boolean bothArrays = was != null && is != null && was.isArray() && is.isArray();
        if (bothObjects || bothArrays || (was == null && isNonEmptyContainer(is))
                || (is == null && isNonEmptyContainer(was))) {
            Map<String, JsonNode> old = children(was);
            Map<String, JsonNode> now = children(is);
            boolean array = (was != null ? was : is).isArray();
            TreeSet<String> keys = new TreeSet<>(array ? Comparator.comparingInt(Integer::parseInt)
                    : Comparator.<String>naturalOrder());
            keys.addAll(old.keySet());
            keys.addAll(now.keySet());
            for (String key : keys) {
                compare(path + "/" + escape(key), old.get(key), now.get(key), out);
            }
        } else {
            out.add(new AssessmentDiff.FactChange(path, json(was), json(is)));
        }
    }

    /** The members of an object (by name) or the elements of an array (by index); none for anything else. */
    private static Map<String, JsonNode> children(JsonNode node) {
        Map<String, JsonNode> children = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                children.put(e.getKey(), e.getValue());
            }
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                children.put(Integer.toString(i), node.get(i));
            }
        }
        return children;
    }

    private static boolean isNonEmptyContainer(JsonNode node) {
        return node != null && node.isContainerNode() && node.size() > 0;
    }

    private static JsonNode absentIfNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private String json(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON value back", e);
        }
    }

    /** A JSON pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Entries whose status differs, in the newer document's order, then those only the older one has. */
    private static <T> List<AssessmentDiff.StatusChange> changes(List<T> before, List<T> after, Function<T, String> id,
            Function<T, String> status) {
        Map<String, String> old = new LinkedHashMap<>();
        for (T t : nonNull(before)) {
            old.put(id.apply(t), status.apply(t));
        }
        List<AssessmentDiff.StatusChange> changes = new ArrayList<>();
        for (T t : nonNull(after)) {
            String key = id.apply(t);
            String was = old.remove(key);
            if (!Objects.equals(was, status.apply(t))) {
                changes.add(new AssessmentDiff.StatusChange(key, was, status.apply(t)));
            }
        }
        old.forEach((key, was) -> changes.add(new AssessmentDiff.StatusChange(key, was, null)));
        return changes;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
