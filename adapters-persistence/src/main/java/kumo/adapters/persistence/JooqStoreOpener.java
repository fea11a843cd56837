package kumo.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import kumo.application.records.NewFiles;
import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;
import kumo.application.records.StoreLocation;
import kumo.application.records.StoreTexts;
import kumo.application.records.port.out.Store;
import kumo.application.records.port.out.StoreOpener;

/**
 * Opens kumo's store of record: a file path is a SQLite database (created with its schema on first use), a
 * {@code jdbc:postgresql://…} URL a PostgreSQL database (schema created on first use; user and password from the
 * URL's {@code user} / {@code password} parameters, else the default credentials this opener was given: the
 * composition root reads them from {@code KUMO_STORE_USER} / {@code KUMO_STORE_PASSWORD}).
 *
 * <p>Before anything is written the location is inspected: a file that is not SQLite is CORRUPT, a database with
 * tables but not kumo's is FOREIGN, one migrated by a newer kumo is SCHEMA_TOO_NEW, a missing folder or an
 * unreachable server is UNAVAILABLE; in each case the database is left as it was. Thread-safe.
 */
public final class JooqStoreOpener implements StoreOpener {

    /** How long a SQLite writer waits for another one to finish before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    static {
        // jOOQ greets on first use; a command-line tool must not print that
        quietly("org.jooq.no-logo");
        quietly("org.jooq.no-tips");
    }

    private final String defaultUser;
    private final String defaultPassword;

    /** Without default credentials: a PostgreSQL URL must carry its own (or the server must not ask). */
    public JooqStoreOpener() {
        this(null, null);
    }

    /**
     * With credentials for a PostgreSQL URL that carries none.
     *
     * @param defaultUser     the user, or {@code null}
     * @param defaultPassword the password, or {@code null}
     */
    public JooqStoreOpener(String defaultUser, String defaultPassword) {
        this.defaultUser = defaultUser;
        this.defaultPassword = defaultPassword;
    }

    @Override
    public Store open(StoreLocation location) {
        return openStore(location);
    }

    /** As {@link #open(String)}, typed for the tests of this package. */
    JooqStore openStore(String location) {
        return openStore(StoreLocation.parse(location, "location"));
    }

    /** As {@link #open(StoreLocation)}, typed for the tests of this package. */
    JooqStore openStore(StoreLocation location) {
        Objects.requireNonNull(location, "location");
        if (location instanceof StoreLocation.Postgres postgres) {
            return openPostgres(postgres);
        }
        return openSqlite((StoreLocation.Sqlite) location);
    }

    // ---------------------------------------------------------------- SQLite

    /**
     * Opens exactly the parsed file: the URL the driver gets is this path and nothing else (no settings).
     *
     * <p>A missing file becomes a new store written as a new file ({@link #create}): no other process ever sees it
     * half-made. An existing file must be a SQLite database (a 0-byte file is not: it is refused and left as it
     * is). A file, or a folder, that cannot be written (permissions, {@code chattr +i}, a read-only mount) is opened
     * read-only: it can be listed, shown, exported, backed up and verified, and every change is refused; it is never
     * migrated, so one that would need a migration is refused.
     */
    private JooqStore openSqlite(StoreLocation.Sqlite location) {
        Path file = location.file();
        String where = file.toString();
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw StoreTexts.error(Reason.UNAVAILABLE, "store.unavailable.directory", where);
        }
        if (Files.isDirectory(file)) {
            throw StoreTexts.error(Reason.UNAVAILABLE, "store.unavailable.notFile", where);
        }
        String url = SQLITE_PREFIX + file;
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file, where, config);
        }
        if (size(file, where) == 0) {
            throw StoreTexts.error(Reason.CORRUPT, "store.corrupt.empty", where);
        }
        checkHeader(file, where);
        boolean readOnly = !Files.isWritable(file) || !Files.isWritable(directory);
        Database.Connector reader = readOnly ? readOnlyConnector(file) : () -> readOnly().createConnection(url);
        State state = inspect(Engine.SQLITE, where, reader);
        if (readOnly) {
            if (state != State.CURRENT) {
                throw StoreTexts.error(Reason.UNAVAILABLE, state == State.EMPTY ? "store.readOnly.new"
                        : "store.readOnly.migration", where, Tables.SCHEMA_VERSION);
            }
            return new JooqStore(new Database(Engine.SQLITE, where, reader, true));
        }
        Database database = new Database(Engine.SQLITE, where, () -> config.createConnection(url), false);
        try {
            // WAL lives in the file: set once, before the schema is written (a no-op when it is WAL already)
            Object mode = database.autoCommit(dsl -> dsl.fetchValue("PRAGMA journal_mode = WAL"));
            if (!"wal".equalsIgnoreCase(String.valueOf(mode))) {
                throw StoreTexts.error(Reason.UNAVAILABLE, "store.unavailable.io", where);
            }
            if (state != State.CURRENT) {
                SQLiteDataSource dataSource = new SQLiteDataSource(config);
                dataSource.setUrl(url);
                migrate(Engine.SQLITE, where, dataSource, () -> inspect(Engine.SQLITE, where, reader));
            }
            return new JooqStore(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Creates a new store at {@code file} as a new file: the schema is written into a temporary file beside it,
     * which is put in place only if {@code file} still does not exist ({@link NewFiles}). When another process
     * created it meanwhile, that store is used.
     */
    private static void create(Path file, String where, SQLiteConfig config) {
        try {
            new NewFiles().write(file, temporary -> {
                String url = SQLITE_PREFIX + temporary;
                execute(config, url, where, "PRAGMA journal_mode = WAL");
                SQLiteDataSource dataSource = new SQLiteDataSource(config);
                dataSource.setUrl(url);
                migrate(Engine.SQLITE, where, dataSource, () -> State.OLDER);
                // everything into the file itself before it is linked: the temporary WAL is not linked with it
                execute(config, url, where, "PRAGMA wal_checkpoint(TRUNCATE)");
            });
        } catch (StoreException e) {
            // said of the store, as any other failure to open it (exit 5)
            switch (e.reason()) {
                case NOT_EMPTY -> {
                    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                    // another kumo created the store first: use it
                }
                case TARGET_FULL -> throw StoreTexts.error(Reason.FULL, e, "store.full", where);
                case INVALID -> throw StoreTexts.error(Reason.UNAVAILABLE, e, "store.unavailable.io", where);
                default -> throw e;
            }
        }
    }

    private static void execute(SQLiteConfig config, String url, String where, String sql) {
        try (Connection c = config.createConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw Failures.translate(e, Engine.SQLITE, where);
        }
    }

    /**
     * A read-only connection to {@code file}. When its folder cannot be written and there is no WAL file, SQLite
     * could not create the shared-memory file a WAL database needs even to be read: then the file is opened as
     * immutable (nothing can change it anyway). The flags are set here, through the driver's URI, never taken from
     * the user's location.
     */
    private static Database.Connector readOnlyConnector(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        String url = !Files.isWritable(file.getParent()) && !Files.exists(wal)
                ? SQLITE_PREFIX + file.toAbsolutePath().toUri() + "?immutable=1"
                : SQLITE_PREFIX + file;
        return () -> readOnly().createConnection(url);
    }

    private static SQLiteConfig readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static long size(Path file, String where) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw StoreTexts.error(Reason.UNAVAILABLE, e, "store.unavailable.io", where);
        }
    }

    /** A SQLite file starts with a 100-byte header whose first 16 bytes are fixed. */
    private static void checkHeader(Path file, String where) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(100);
        } catch (IOException e) {
            throw StoreTexts.error(Reason.UNAVAILABLE, e, "store.unavailable.io", where);
        }
        if (start.length < 100 || !Arrays.equals(start, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
            throw StoreTexts.error(Reason.CORRUPT, "store.corrupt", where);
        }
    }

    // ---------------------------------------------------------------- PostgreSQL

    /**
     * Opens the parsed database: the driver gets the URL without credentials, and the user and passwords as
     * connection properties; messages show the location without them.
     */
    private JooqStore openPostgres(StoreLocation.Postgres parsed) {
        String user = parsed.user() != null ? parsed.user() : defaultUser;
        String password = parsed.password() != null ? parsed.password() : defaultPassword;
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (parsed.sslPassword() != null) {
            properties.setProperty("sslpassword", parsed.sslPassword());
        }
        String where = parsed.toString();
        org.postgresql.Driver driver = new org.postgresql.Driver();
        Database.Connector connector = () -> {
            Connection c = driver.connect(parsed.url(), properties);
            if (c == null) {
                throw new SQLException("not a PostgreSQL URL", "08001");
            }
            return c;
        };
        State state = inspect(Engine.POSTGRES, where, connector);
        Database database = new Database(Engine.POSTGRES, where, connector, false);
        try {
            if (state != State.CURRENT) {
                org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
                dataSource.setURL(parsed.url());
                dataSource.setUser(user);
                dataSource.setPassword(password);
                if (parsed.sslPassword() != null) {
                    dataSource.setSslPassword(parsed.sslPassword());
                }
                migrate(Engine.POSTGRES, where, dataSource, () -> inspect(Engine.POSTGRES, where, connector));
            }
            return new JooqStore(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- both

    /** What an existing database holds, as far as opening is concerned. */
    enum State {
        /** No tables at all: kumo creates its schema. */
        EMPTY,
        /** kumo's, at an older schema: migrated forward. */
        OLDER,
        /** kumo's, at this code's schema. */
        CURRENT
    }

    /**
     * Looks at a database without writing to it.
     *
     * @throws StoreException FOREIGN, SCHEMA_TOO_NEW, CORRUPT or UNAVAILABLE
     */
    static State inspect(Engine engine, String where, Database.Connector connector) {
        try (Connection c = connector.connect()) {
            List<String> tables = strings(c, engine == Engine.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
            if (tables.isEmpty()) {
                return State.EMPTY;
            }
            if (!tables.contains("kumo_store")) {
                throw StoreTexts.error(Reason.FOREIGN, "store.foreign", where);
            }
            List<String> marker = strings(c, "SELECT schema_version FROM kumo_store WHERE id = 1");
            if (marker.size() != 1) {
                throw StoreTexts.error(Reason.FOREIGN, "store.foreign", where);
            }
            int version = Integer.parseInt(marker.get(0).trim());
            if (version > Tables.SCHEMA_VERSION) {
                throw StoreTexts.error(Reason.SCHEMA_TOO_NEW, "store.tooNew", where, version, Tables.SCHEMA_VERSION);
            }
            List<String> applied = tables.contains(Tables.HISTORY)
                    ? strings(c, "SELECT version FROM " + Tables.HISTORY + " WHERE success AND version IS NOT NULL")
                    : List.of();
            for (String migration : applied) {
                if (!Tables.KNOWN_MIGRATIONS.contains(migration)) {
                    throw StoreTexts.error(Reason.SCHEMA_TOO_NEW, "store.tooNew", where, migration, Tables.SCHEMA_VERSION);
                }
            }
            return version == Tables.SCHEMA_VERSION && applied.containsAll(Tables.KNOWN_MIGRATIONS)
                    ? State.CURRENT : State.OLDER;
        } catch (SQLException | NumberFormatException e) {
            if (e instanceof SQLException sql && engine == Engine.POSTGRES) {
                throw Failures.translate(sql, engine, where);
            }
            if (e instanceof SQLException sql && Failures.sqliteCode(sql) != 26 && Failures.sqliteCode(sql) != 11) {
                throw Failures.translate(sql, engine, where);
            }
            throw StoreTexts.error(Reason.CORRUPT, e, "store.corrupt", where);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** Inspects the database again, after a migration that failed (another process may have won the race). */
    @FunctionalInterface
    private interface Recheck {
        State state();
    }

    private static void migrate(Engine engine, String where, DataSource dataSource, Recheck recheck) {
        try {
            Flyway.configure(JooqStoreOpener.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .table(Tables.HISTORY)
                    .placeholders(engine.placeholders())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            // two processes creating one new store: the loser finds the winner's schema
            State now;
            try {
                now = recheck.state();
            } catch (StoreException again) {
                throw again;
            }
            if (now != State.CURRENT) {
                throw Failures.translate(e, engine, where);
            }
        }
    }

    private static void quietly(String property) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, "true");
        }
    }
}
