package kumo.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The tamper suite on real SQLite files. */
class SqliteTamperTest extends TamperSuite {

    /** Outlives each test's folder: the fixture is recorded once for the class. */
    private static Path fixtures;

    @Override
    String freshStore(String name) throws IOException {
        if (name.equals("fixture")) {
            fixtures = Files.createTempDirectory(Path.of("target"), "tamper-fixture");
            return fixtures.resolve("fixture.db").toString();
        }
        return dir.resolve(name + ".db").toString();
    }

    /** A consistent copy made by kumo itself ({@code store backup}). */
    @Override
    String copy(String location, String name) {
        String target = dir.resolve(name + ".db").toString();
        Kumo.Run backup = Kumo.run("store", "backup", target, "--store", location);
        if (backup.exitCode() != 0) {
            throw new IllegalStateException(backup.toString());
        }
        return target;
    }

    @Override
    Connection raw(String location) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + location);
    }
}
