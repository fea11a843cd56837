package kumo.application.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's published files (docs/schema, docs/examples) from the module directory tests run in. */
public final class Project {

    private Project() {
    }

    public static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path docs = dir.resolve("docs");
            if (Files.isDirectory(docs.resolve("schema"))) {
                return docs;
            }
        }
        throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
    }

    public static Path schema(String name) {
        return docs().resolve("schema").resolve(name);
    }

    public static Path examples() {
        return docs().resolve("examples");
    }
}
