package kumo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import kumo.domain.catalogue.Language;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private static Configuration read(Map<String, String> environment) {
        return Configuration.read(environment::get, "os-user");
    }

    @Test
    void withNothingSetTheStoreIsKumoDbTheActorTheOsUserJapaneseAndTodayIsInTokyo() {
        Configuration c = read(Map.of());

        assertThat(c.storeLocation()).isEqualTo("kumo.db");
        assertThat(c.storeUser()).isNull();
        assertThat(c.storePassword()).isNull();
        assertThat(c.actor()).isEqualTo("os-user");
        assertThat(c.language()).isEqualTo(Language.JA);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void everyValueComesFromItsVariable() {
        Configuration c = read(Map.of("KUMO_STORE", "jdbc:postgresql://db/kumo", "KUMO_STORE_USER", "kumo",
                "KUMO_STORE_PASSWORD", "s3cret", "KUMO_ACTOR", "情報管理者 山田", "KUMO_LANG", "EN",
                "KUMO_TIMEZONE", "UTC"));

        assertThat(c.storeLocation()).isEqualTo("jdbc:postgresql://db/kumo");
        assertThat(c.storeUser()).isEqualTo("kumo");
        assertThat(c.storePassword()).isEqualTo("s3cret");
        assertThat(c.actor()).isEqualTo("情報管理者 山田");
        assertThat(c.language()).isEqualTo(Language.EN);
        assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        Configuration c = read(Map.of("KUMO_STORE", " ", "KUMO_ACTOR", "", "KUMO_LANG", " ", "KUMO_TIMEZONE", ""));

        assertThat(c.storeLocation()).isEqualTo("kumo.db");
        assertThat(c.actor()).isEqualTo("os-user");
        assertThat(c.language()).isEqualTo(Language.JA);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void anUnusableLanguageOrTimeZoneIsNamedInBothLanguages() {
        Configuration.Invalid lang = catchThrowableOfType(Configuration.Invalid.class,
                () -> read(Map.of("KUMO_LANG", "fr")));
        Configuration.Invalid zone = catchThrowableOfType(Configuration.Invalid.class,
                () -> read(Map.of("KUMO_TIMEZONE", "Kobe/Sannomiya")));

        assertThat(lang.text().ja()).contains("KUMO_LANG", "fr");
        assertThat(lang.text().en()).contains("KUMO_LANG", "fr", "ja or en");
        assertThat(zone.text().ja()).contains("KUMO_TIMEZONE", "Kobe/Sannomiya");
        assertThat(zone.text().en()).contains("KUMO_TIMEZONE", "Kobe/Sannomiya", "time zone");
    }

    @Test
    void theTextsExistInJapaneseAndEnglishWithTheSameKeys() throws IOException {
        Properties ja = load("/kumo/app/app_ja.properties");
        Properties en = load("/kumo/app/app_en.properties");

        assertThat(ja.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        ja.stringPropertyNames().forEach(k -> assertThat(ja.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConfigurationTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
