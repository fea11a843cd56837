package kumo.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Supplier;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code kumo --version}: the build version (from the jar manifest, else the Maven metadata packed in
 * the jar, else "development build") and the Java runtime. {@link KumoCli} adds the catalogue line.
 */
final class KumoVersion implements IVersionProvider {

    private final Supplier<String> catalogue;

    KumoVersion() {
        this(() -> null);
    }

    /** @param catalogue the catalogue line, or {@code null} when it cannot be told */
    KumoVersion(Supplier<String> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String[] getVersion() {
        String java = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
        String catalogueLine = catalogue.get();
        return catalogueLine == null
                ? new String[] {"kumo " + version(), java}
                : new String[] {"kumo " + version(), catalogueLine, java};
    }

    static String version() {
        String v = KumoVersion.class.getPackage() == null ? null : KumoVersion.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = KumoVersion.class.getResourceAsStream("/META-INF/maven/io.github.kumo/adapters-cli/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String fromPom = p.getProperty("version");
                if (fromPom != null && !fromPom.isBlank()) {
                    return fromPom;
                }
            }
        } catch (IOException e) {
            // fall through: the version is informational
        }
        return "(development build)";
    }
}
