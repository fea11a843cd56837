package kumo.adapters.web.ui.assess;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.domain.classification.Availability;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.Integrity;
import kumo.domain.plan.NetworkPath;
import kumo.domain.service.Deployment;
import kumo.domain.service.ServiceModel;
import kumo.domain.system.Purpose;

/**
 * The quick assessment's form as the web translates it into a request document: each field is one member of the
 * request (its JSON path), a blank field or "unknown" leaves the member out (unknown is not false), and a
 * chosen stored service puts that service's profile in {@code service}. The web only maps: the values are
 * checked, and the defaults filled in, by the application when it reads the document ({@code Documents}), so a
 * value the form never offers is refused there, at its path, and shown next to the field it came from.
 */
public final class QuickForm {

    /** How a field's value becomes JSON. */
    enum Kind {
        /** Free text; blank: not given. */
        TEXT,
        /** One code of a list; blank: not given. */
        CHOICE,
        /** {@code true}, {@code false}, or blank for unknown. */
        YES_NO
    }

    /**
     * One field of the form.
     *
     * @param name    the form parameter (and the element id)
     * @param path    where it goes in the request, dot-separated under {@code $}
     * @param kind    how its value becomes JSON
     * @param options the codes a choice offers, in order
     * @param step    the step of the form it belongs to (1 information, 2 service, 3 plan)
     */
    record Field(String name, String path, Kind kind, List<String> options, int step) {

        String jsonPath() {
            return "$." + path;
        }

        /** The key of its label in the catalogue texts' option words ({@code deployment.PUBLIC_CLOUD}), if any. */
        String optionWords() {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /** The form parameter choosing a stored service ({@code ""}: typed in below). */
    public static final String STORED_SERVICE = "serviceId";

    static final List<Field> FIELDS = List.of(
            new Field("systemName", "system.name", Kind.TEXT, List.of(), 1),
            new Field("department", "system.department", Kind.TEXT, List.of(), 1),
            new Field("confidentiality", "system.classification.confidentiality", Kind.CHOICE,
                    List.of(Confidentiality.C1.name(), Confidentiality.C2.name(), Confidentiality.C3.name()), 1),
            new Field("integrity", "system.classification.integrity", Kind.CHOICE, codes(Integrity.values()), 1),
            new Field("availability", "system.classification.availability", Kind.CHOICE, codes(Availability.values()), 1),
            new Field("myNumber", "system.classification.myNumber", Kind.YES_NO, List.of(), 1),
            new Field("personalData", "system.classification.personalData", Kind.YES_NO, List.of(), 1),
            new Field("purpose", "system.purpose", Kind.CHOICE, codes(Purpose.values()), 1),
            new Field("serviceName", "service.name", Kind.TEXT, List.of(), 2),
            new Field("provider", "service.provider", Kind.TEXT, List.of(), 2),
            new Field("deployment", "service.deployment", Kind.CHOICE, codes(Deployment.values()), 2),
            new Field("serviceModel", "service.serviceModel", Kind.CHOICE, codes(ServiceModel.values()), 2),
            new Field("foreignProvider", "service.foreignProvider", Kind.YES_NO, List.of(), 2),
            new Field("networkPath", "plan.networkPath", Kind.CHOICE, codes(NetworkPath.values()), 3),
            new Field("customerManagedKeys", "plan.customerManagedKeys", Kind.YES_NO, List.of(), 3),
            new Field("backupOutsideService", "plan.backupOutsideService", Kind.YES_NO, List.of(), 3));

    private final Map<String, String> values;

    private QuickForm(Map<String, String> values) {
        this.values = values;
    }

    /** The form as posted: {@code param} gives a parameter's value ({@code null}: absent). */
    public static QuickForm of(Function<String, String> param) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            values.put(f.name(), param.apply(f.name()));
        }
        values.put(STORED_SERVICE, param.apply(STORED_SERVICE));
        return new QuickForm(values);
    }

    /** An empty form. */
    public static QuickForm empty() {
        return of(name -> null);
    }

    /** The value of a field as posted, {@code ""} when absent. */
    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    /** The stored service chosen, or {@code null} when the service is typed in. */
    public String storedService() {
        String v = value(STORED_SERVICE).strip();
        return v.isEmpty() ? null : v;
    }

    /** Whether nothing was filled in (a first visit). */
    public boolean isBlank() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /**
     * The request document the form describes, as JSON, for {@code Documents} to read and check.
     *
     * @param storedService the chosen stored service's profile as JSON, or {@code null} when typed in
     */
    public ObjectNode toRequest(ObjectMapper mapper, JsonNode storedService) {
        ObjectNode request = mapper.createObjectNode();
        request.put("kumo", storedService != null && usesFormat1(storedService) ? AssessmentRequestDocument.TYPE
                : AssessmentRequestDocument.TYPE_2);
        request.putObject("system");
        if (storedService != null) {
            request.set("service", storedService.deepCopy());
        } else {
            request.putObject("service");
        }
        for (Field f : FIELDS) {
            if (storedService != null && f.step() == 2) {
                continue;
            }
            String v = value(f.name());
            if (f.kind() != Kind.TEXT) {
                v = v.strip();
            }
            if (v.isBlank()) {
                continue;
            }
            ObjectNode parent = parent(request, f.path());
            String member = f.path().substring(f.path().lastIndexOf('.') + 1);
            if (f.kind() == Kind.YES_NO && (v.equals("true") || v.equals("false"))) {
                parent.put(member, Boolean.parseBoolean(v));
            } else {
                parent.put(member, v); // a code or text; anything unusable is refused by the application, at its path
            }
        }
        return request;
    }

    /** The form field a problem at {@code jsonPath} belongs to, or {@code null} for none. */
    public static String fieldOf(String jsonPath, boolean storedService) {
        for (Field f : FIELDS) {
            if (jsonPath.equals(f.jsonPath()) || jsonPath.startsWith(f.jsonPath() + ".")
                    || jsonPath.startsWith(f.jsonPath() + "[")) {
                return storedService && f.step() == 2 ? STORED_SERVICE : f.name();
            }
        }
        if (storedService && (jsonPath.equals("$.service") || jsonPath.startsWith("$.service."))) {
            return STORED_SERVICE;
        }
        return null;
    }

    /**
     * A stored service written with format 1's data locations ({@code countries}, {@code backupCountries}) is
     * assessed as a format-1 request, so that it means what it meant when it was saved.
     */
    private static boolean usesFormat1(JsonNode service) {
        JsonNode locations = service.path("dataLocations");
        return locations.has("countries") || locations.has("backupCountries");
    }

    private static ObjectNode parent(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        return node;
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
