package kumo.adapters.web;

import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;
import kumo.domain.catalogue.Language;

/**
 * The language of one request, for the API and the UI alike: {@code ?lang=ja|en} first, then the
 * {@value #COOKIE} cookie the UI's language switch sets, then the first of {@code Accept-Language}'s ranges
 * that kumo speaks (by weight), then the configured default. Japanese first: a tie goes to ja.
 */
public final class WebLanguage {

    /** The cookie that remembers the UI's language switch. */
    public static final String COOKIE = "kumo-lang";

    private WebLanguage() {
    }

    /** The language of {@code ctx}; an unusable {@code ?lang=} value is the caller's to refuse ({@link #queryValue}). */
    public static Language of(Context ctx, Language fallback) {
        Language asked = parse(ctx.queryParam("lang"));
        if (asked != null) {
            return asked;
        }
        Language remembered = parse(ctx.cookie(COOKIE));
        if (remembered != null) {
            return remembered;
        }
        Language accepted = fromAcceptLanguage(ctx.header("Accept-Language"));
        return accepted != null ? accepted : fallback;
    }

    /**
     * {@code ?lang=}'s value when it is given but is not {@code ja} or {@code en} (to be refused as bad input), else
     * {@code null}.
     */
    public static String queryValue(Context ctx) {
        String value = ctx.queryParam("lang");
        return value != null && parse(value) == null ? value : null;
    }

    /** {@code ja} or {@code en} (any case, trimmed), else {@code null}. */
    public static Language parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Language l : Language.values()) {
            if (l.code().equals(v)) {
                return l;
            }
        }
        return null;
    }

    /** The first language kumo speaks among an {@code Accept-Language} header's ranges, by weight; {@code null}: none. */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1_000) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0];
                Language l = parse(primary);
                if (l != null) {
                    return l;
                }
            }
        } catch (IllegalArgumentException e) {
            return null; // a malformed header asks for nothing
        }
        return null;
    }
}
