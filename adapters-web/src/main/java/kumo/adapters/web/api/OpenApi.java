package kumo.adapters.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.javalin.http.Context;

/**
 * The API's OpenAPI 3.1 description (written by hand, {@code kumo/adapters/web/api/openapi.json}) and the JSON
 * Schemas of docs/schema it refers to, which the build copies into the same place on the class path: one copy
 * of each schema, kept in docs/schema.
 */
final class OpenApi {

    /** The schemas served at {@code /api/v1/schema/{name}}: the files of docs/schema. */
    static final List<String> SCHEMAS = List.of("assessment-request.schema.json", "assessment-request-2.schema.json",
            "assessment-result.schema.json", "assessment-result-compact.schema.json", "store-export.schema.json");

    /** Where the description and the schemas are on the class path. */
    static final String RESOURCES = "/kumo/adapters/web/api/";

    private OpenApi() {
    }

    /** The bytes of a resource under {@link #RESOURCES}. */
    static byte[] resource(String name) {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void serve(Context ctx, String name) {
        byte[] bytes = resource(name);
        ctx.status(200);
        ctx.contentType(name.equals("openapi.json") ? "application/json; charset=utf-8"
                : "application/schema+json; charset=utf-8");
        ctx.result(bytes);
    }
}
