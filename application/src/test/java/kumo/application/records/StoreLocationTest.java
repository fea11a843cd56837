package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreLocationTest {

    private static final String PG = "jdbc:postgresql://db.example:5432/kumo";

    @Test
    void aSqlitePathIsTheFileTheDriverOpens() {
        StoreLocation plain = StoreLocation.parse("data/kumo.db", "--store");
        StoreLocation url = StoreLocation.parse("jdbc:sqlite:data/kumo.db", "--store");

        assertThat(plain).isInstanceOf(StoreLocation.Sqlite.class).hasToString("data/kumo.db");
        assertThat(((StoreLocation.Sqlite) plain).file()).isEqualTo(Path.of("data/kumo.db").toAbsolutePath());
        assertThat(((StoreLocation.Sqlite) url).file()).isEqualTo(((StoreLocation.Sqlite) plain).file());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x.db?journal_mode=DELETE&synchronous=OFF | store.location.query",
        "jdbc:sqlite:x.db?foreign_keys=false      | store.location.query",
        "x.db?                                    | store.location.query",
        "jdbc:sqlite::memory:                     | store.location.notPath",
        "jdbc:sqlite:file:x.db                    | store.location.notPath",
        "jdbc:sqlite:                             | store.location.notPath",
        "jdbc:mysql://h/db                        | store.location.notSupported",
        "postgresql://h/db                        | store.location.notSupported",
        "jdbc:postgresql://h                      | store.location.notSupported",
        "jdbc:postgresql://h/db;ssl=true          | store.location.semicolon",
        "jdbc:postgresql://h/db?ssl               | store.location.parameter",
        "jdbc:postgresql://h/db?api_token=t       | store.location.secretParameter"})
    void aLocationThatIsNotOneIsBadInputNamingItsSource(String raw, String key) {
        StoreException e = catchThrowableOfType(StoreException.class, () -> StoreLocation.parse(raw, "KUMO_STORE"));

        assertThat(e).as(raw).isNotNull();
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        // the third argument is used by secretParameter only (the parameter's name)
        assertThat(e.text()).isEqualTo(StoreTexts.of(key, "KUMO_STORE", StoreLocation.redact(raw), "api_token"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        PG + "?user=kumo&password=pw1                | " + PG,
        PG + "?password=pw1&ssl=true&user=kumo       | " + PG + "?ssl=true",
        "jdbc:postgresql://kumo:pw1@db.example:5432/kumo | " + PG,
        "jdbc:postgresql://kumo:p?w@1@db.example:5432/kumo | " + PG,
        PG + "?user=kumo&sslpassword=pw1&sslkey=/k.pk8 | " + PG + "?sslkey=/k.pk8",
        PG + "?user=kumo&pass%77ord=pw1              | " + PG,
        PG + "?user=admin@srv&Password=pw1           | " + PG,
        PG + "                                       | " + PG})
    void aPostgresLocationIsShownWithoutItsCredentials(String raw, String shown) {
        StoreLocation.Postgres location = (StoreLocation.Postgres) StoreLocation.parse(raw, "--store");

        assertThat(location).hasToString(shown);
        assertThat(location.url()).doesNotContain("pw1").doesNotContain("@db").doesNotContain("user=");
    }

    @Test
    void theCredentialsGoToTheDriverApart() {
        StoreLocation.Postgres location = (StoreLocation.Postgres) StoreLocation.parse(
                "jdbc:postgresql://kumo:p%40ss@db.example/kumo?sslpassword=k%26y&ssl=true", "--store");

        assertThat(location.url()).isEqualTo("jdbc:postgresql://db.example/kumo?ssl=true");
        assertThat(location.user()).isEqualTo("kumo");
        assertThat(location.password()).isEqualTo("p@ss");
        assertThat(location.sslPassword()).isEqualTo("k&y");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h/db;password=pw1              | jdbc:postgresql://h/db;password=***",
        "jdbc:postgresql://u:pw1@h/db;x=1                 | jdbc:postgresql://u:***@h/db;x=1",
        "jdbc:postgresql://u:p/w1@h/db                    | jdbc:postgresql://u:***@h/db",
        "jdbc:postgresql://u:pw1@h                        | jdbc:postgresql://u:***@h",
        "jdbc:mysql://h/db?user=u&PWD=pw1&client_secret=pw1 | jdbc:mysql://h/db?user=u&PWD=***&client_secret=***",
        "x.db?password=pw1&mode=ro                        | x.db?password=***&mode=ro",
        "postgres://u:pw1@h/db                            | postgres://u:***@h/db"})
    void aRefusedLocationIsShownWithoutItsPasswords(String raw, String shown) {
        assertThat(StoreLocation.redact(raw)).isEqualTo(shown);
        StoreException e = catchThrowableOfType(StoreException.class, () -> StoreLocation.parse(raw, "--store"));
        assertThat(e.text().ja() + e.text().en() + e.getMessage()).doesNotContain("pw1").doesNotContain("w1");
    }
}
