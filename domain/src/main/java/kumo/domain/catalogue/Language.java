package kumo.domain.catalogue;

import java.util.Locale;

/** The languages every user-facing text exists in; Japanese first. */
public enum Language {
    JA, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code);
    }
}
