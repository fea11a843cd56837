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
 * #toString()}, which never contains a credential: a password in the URL's query ({@code password}, {@code
 * sslpassword}, any parameter whose name says password, secret or token) or in its user info ({@code
 * user:pw@host}) is shown as {@value #HIDDEN}. The credentials travel separately to the driver.
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
        Matcher userInfo = USER_INFO.matcher(text);
        String shown = userInfo.find()
                ? text.substring(0, userInfo.start(2)) + HIDDEN + text.substring(userInfo.end(2))
                : text;
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

    /** {@code //user:password@}: group 1 the user, group 2 the password (up to the last {@code @} before the path). */
    Pattern USER_INFO = Pattern.compile("//([^/?#@:]*):([^/?#]*)@");

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
     * @param shown       what {@link #toString()} shows
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
            int question = raw.indexOf('?');
            String base = question < 0 ? raw : raw.substring(0, question);
            String user = null;
            String password = null;
            Matcher userInfo = Pattern.compile("^(jdbc:postgresql://)([^/?#]*)@").matcher(base);
            if (userInfo.find()) {
                String info = userInfo.group(2);
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? null : decode(info.substring(colon + 1));
                base = userInfo.group(1) + base.substring(userInfo.end());
            }
            String sslPassword = null;
            List<String> kept = new ArrayList<>();
            List<String> keptShown = new ArrayList<>();
            String query = question < 0 ? "" : raw.substring(question + 1);
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int eq = parameter.indexOf('=');
                String name = decode(eq < 0 ? parameter : parameter.substring(0, eq)).strip();
                String value = eq < 0 ? "" : decode(parameter.substring(eq + 1));
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
                        keptShown.add(parameter);
                    }
                }
            }
            String url = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
            List<String> shownParameters = new ArrayList<>(keptShown);
            if (user != null) {
                shownParameters.add(0, "user=" + user);
            }
            if (password != null) {
                shownParameters.add("password=" + HIDDEN);
            }
            if (sslPassword != null) {
                shownParameters.add("sslpassword=" + HIDDEN);
            }
            String shown = shownParameters.isEmpty() ? base : base + "?" + String.join("&", shownParameters);
            return new Postgres(url, user, password, sslPassword, shown);
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
