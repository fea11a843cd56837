package kumo.application.records;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the store is, parsed once from what the user gave ({@code --store}, {@code KUMO_STORE}): a SQLite file
 * ({@link Sqlite}) or a PostgreSQL database ({@link Postgres}). Every front door shows a location through {@link
 * #toString()}, which never contains a credential: a PostgreSQL location is shown without its user and
 * passwords (query parameters {@code user}, {@code password}, {@code sslpassword}, or user info {@code
 * user:pw@host}), which travel separately to the driver; a location that is refused is shown with every
 * password (also of any parameter whose name says password, secret or token) as {@value #HIDDEN}.
 *
 * <p>Nothing is passed through: a SQLite location is a path, so a query string ({@code x.db?synchronous=OFF})
 * or a URL is refused; the store is always opened with kumo's own durability settings.
 */
public sealed interface StoreLocation permits StoreLocation.Sqlite, StoreLocation.Postgres {

    /** What is shown in place of a credential. */
    String HIDDEN = "***";

    /** The location as shown to people and written to logs: without credentials. */
    @Override
    String toString();

    /**
     * Parses a location.
     *
     * @param raw    as the user gave it
     * @param source where it came from, named in an error ({@code --store}, {@code KUMO_STORE})
     * @throws StoreException INVALID (bad input) naming {@code source} and the problem; the message shows the
     *                        location without credentials
     */
    static StoreLocation parse(String raw, String source) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(source, "source");
        String value = raw.strip();
        if (value.isEmpty()) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.empty", source);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith(Postgres.PREFIX)) {
            return Postgres.parse(value, source);
        }
        String path = value;
        if (lower.startsWith(Sqlite.PREFIX)) {
            path = value.substring(Sqlite.PREFIX.length());
        } else if (lower.startsWith("jdbc:") || value.contains("://")) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.notSupported", source,
                    redact(value));
        }
        return Sqlite.parse(path, value, source);
    }

    /**
     * {@code text} with every credential hidden, for showing a location that could not be parsed: the password
     * of user info ({@code //user:pw@}) and the value of every secret parameter after {@code ?}, {@code &} or
     * {@code ;}.
     */
    static String redact(String text) {
        String shown = text;
        int[] info = userInfo(text);
        if (info != null) {
            int colon = text.indexOf(':', info[0]);
            if (colon >= 0 && colon < info[1]) {
                shown = text.substring(0, colon + 1) + HIDDEN + text.substring(info[1]);
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(shown);
        int from = 0;
        while (parameter.find()) {
            out.append(shown, from, parameter.start(2));
            out.append(isSecret(parameter.group(1)) ? HIDDEN : parameter.group(2));
            from = parameter.end(2);
        }
        return out.append(shown.substring(from)).toString();
    }

    /** Whether a parameter of this name carries a secret (its name may be percent-encoded). */
    static boolean isSecret(String name) {
        String decoded = decode(name).toLowerCase(Locale.ROOT).strip();
        return SECRET_NAMES.contains(decoded) || decoded.contains("password") || decoded.contains("passwd")
                || decoded.contains("secret") || decoded.contains("token") || decoded.equals("pwd");
    }

    /**
     * Where the user info of a URL is: {@code [start, end)} between {@code //} and the {@code @} that ends it, or
     * {@code null} when there is none. The host part of a JDBC URL never holds {@code @}: the user info ends at
     * the last {@code @} before the path; a password holding {@code /} (not percent-encoded, as it should be)
     * puts the {@code @} in the path, which is taken as user info too, so that the password is never shown.
     */
    static int[] userInfo(String text) {
        int slashes = text.indexOf("//");
        if (slashes < 0) {
            return null;
        }
        int start = slashes + 2;
        int query = text.indexOf('?', start);
        int path = text.indexOf('/', start);
        // no path: a password may hold "?", so everything up to the last "@" is taken (never shown)
        int authorityEnd = path >= 0 ? path : text.length();
        int at = text.lastIndexOf('@', authorityEnd - 1);
        if (at >= start) {
            return new int[] {start, at};
        }
        int beforeQuery = query >= 0 && (path < 0 || query > path) ? query : text.length();
        at = text.lastIndexOf('@', beforeQuery - 1);
        return at >= start ? new int[] {start, at} : null;
    }

    /** {@code name=value} after {@code ?}, {@code &} or {@code ;}: group 1 the name, group 2 the value. */
    Pattern PARAMETER = Pattern.compile("[?&;]([^=&;?]*)=([^&;]*)");

    /** Parameters of the PostgreSQL driver that carry a secret whatever their spelling. */
    Set<String> SECRET_NAMES = Set.of("password", "sslpassword", "pwd");

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * A SQLite store: the file the driver opens, exactly.
     *
     * @param file  the file, absolute and normalized
     * @param given the path as the user wrote it (without {@code jdbc:sqlite:}), shown in messages
     */
    record Sqlite(Path file, String given) implements StoreLocation {

        static final String PREFIX = "jdbc:sqlite:";

        public Sqlite {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(given, "given");
        }

        static Sqlite parse(String path, String raw, String source) {
            if (path.indexOf('?') >= 0) {
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.query", source, redact(raw));
            }
            if (path.isBlank() || path.startsWith(":memory:") || path.toLowerCase(Locale.ROOT).startsWith("file:")) {
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.notPath", source, redact(raw));
            }
            try {
                return new Sqlite(Path.of(path).toAbsolutePath().normalize(), path);
            } catch (InvalidPathException e) {
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.notPath", source, redact(raw));
            }
        }

        @Override
        public String toString() {
            return given;
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param url         the URL the driver is given: no user info, no credential parameters
     * @param user        the user from the URL, or {@code null}
     * @param password    the password from the URL, or {@code null}; never shown
     * @param sslPassword the password of the client key from the URL, or {@code null}; never shown
     * @param shown       what {@link #toString()} shows: the URL without credentials
     */
    record Postgres(String url, String user, String password, String sslPassword, String shown)
            implements StoreLocation {

        static final String PREFIX = "jdbc:postgresql:";

        public Postgres {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(shown, "shown");
        }

        static Postgres parse(String raw, String source) {
            if (raw.indexOf(';') >= 0) {
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.semicolon", source, redact(raw));
            }
            if (raw.startsWith(PREFIX + "//") && raw.indexOf('/', PREFIX.length() + 2) < 0) {
                // the driver takes jdbc:postgresql://host/database only
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.notSupported", source,
                        redact(raw));
            }
            String user = null;
            String password = null;
            String rest = raw;
            int[] userInfo = raw.startsWith(PREFIX + "//") ? userInfo(raw) : null;
            if (userInfo != null) {
                String info = raw.substring(userInfo[0], userInfo[1]);
                rest = raw.substring(0, userInfo[0]) + raw.substring(userInfo[1] + 1);
                if (info.indexOf('/') >= 0 || rest.indexOf('@', userInfo[0]) >= 0 && rest.indexOf('@', userInfo[0])
                        < (rest.indexOf('?') < 0 ? rest.length() : rest.indexOf('?'))) {
                    // the host part cannot be told apart from the password: refuse rather than guess
                    throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.userInfo", source,
                            redact(raw));
                }
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? null : decode(info.substring(colon + 1));
            }
            int question = rest.indexOf('?');
            String base = question < 0 ? rest : rest.substring(0, question);
            String sslPassword = null;
            List<String> kept = new ArrayList<>();
            String query = question < 0 ? "" : rest.substring(question + 1);
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int eq = parameter.indexOf('=');
                if (eq < 0) {
                    throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.parameter", source,
                            redact(raw));
                }
                String name = decode(eq < 0 ? parameter : parameter.substring(0, eq)).strip();
                String value = decode(parameter.substring(eq + 1));
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "sslpassword" -> sslPassword = value;
                    default -> {
                        if (isSecret(name)) {
                            // a secret the driver does not know by this name: not passed on, never shown
                            throw StoreTexts.error(StoreException.Reason.INVALID, "store.location.secretParameter",
                                    source, redact(raw), name);
                        }
                        kept.add(parameter);
                    }
                }
            }
            String url = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
            // the credentials (user, password, sslpassword) are not shown at all, as before: the rest is
            String shown = url;
            return new Postgres(url, user, password, sslPassword, shown);
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
