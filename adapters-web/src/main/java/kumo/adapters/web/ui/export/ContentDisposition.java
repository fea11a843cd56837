package kumo.adapters.web.ui.export;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header value (RFC 6266): {@code filename} as an ASCII fallback (other
 * characters, controls, quotes, {@code %} and the characters no file name may hold on Windows replaced by {@code _}) and {@code filename*} in UTF-8, percent-encoded
 * (RFC 8187), so a Japanese system name survives in browsers that read it and does no harm in those that do not.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String ascii(String name) {
        StringBuilder s = new StringBuilder(name.length());
        name.codePoints().forEach(c -> s.append(c >= 0x20 && c < 0x7F && "\"\\/%<>:|?*".indexOf(c) < 0 ? (char) c : '_'));
        return s.toString();
    }

    /** RFC 8187 value characters: ALPHA / DIGIT / {@code !#$&+-.^_`|~}; every other byte as {@code %XX}. */
    static String encode(String name) {
        StringBuilder s = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return s.toString();
    }
}
