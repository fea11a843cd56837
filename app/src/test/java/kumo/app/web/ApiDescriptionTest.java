package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.adapters.web.api.ApiRoute;

/**
 * The OpenAPI description and the server agree: every route the server registers is described, every
 * described route is registered, and every {@code $ref} into a schema resolves on the server.
 */
class ApiDescriptionTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @TempDir
    Path dir;

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() {
        try (WebServer server = WebServer.start(dir.resolve("kumo.db"), Clock.systemUTC())) {
            ApiClient api = new ApiClient(server);
            JsonNode description = api.get("api/v1/openapi.json").json();
            Set<String> described = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        described.add(m + " " + path.getKey());
                    }
                });
            }
            Set<String> registered = new TreeSet<>();
            for (ApiRoute r : server.apiRoutes()) {
                registered.add(r.method() + " " + r.path());
            }
            assertThat(registered).as("the server registers routes").hasSizeGreaterThan(10);
            assertThat(described).isEqualTo(registered);
            assertThat(server.apiRoutes()).noneMatch(r -> r.path().contains("bench"));

            Set<String> refs = new TreeSet<>();
            collectRefs(description, refs);
            for (String ref : refs) {
                if (ref.startsWith("#")) {
                    assertThat(description.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
                } else {
                    String[] parts = ref.split("#", 2);
                    ApiClient.Answer schema = api.get("api/v1/" + parts[0]);
                    assertThat(schema.status()).as(ref).isEqualTo(200);
                    if (parts.length == 2) {
                        assertThat(schema.json().at(parts[1]).isMissingNode()).as(ref).isFalse();
                    }
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
