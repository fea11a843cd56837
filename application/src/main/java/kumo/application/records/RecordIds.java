package kumo.application.records;

/**
 * Keys of stored services and systems. A key is given explicitly or, when not, is the profile's name
 * (trimmed): 「〇〇市 電子申請システム」 is a valid key. 1–{@value #MAX_LENGTH} characters, no control
 * characters, no leading or trailing white space.
 */
public final class RecordIds {

    /** The longest key accepted. */
    public static final int MAX_LENGTH = 200;

    private RecordIds() {
    }

    /**
     * The key to use.
     *
     * @param explicit the key given, or {@code null}
     * @param name     the profile's name, or {@code null}
     * @param field    the request field that would supply the name, for the message ({@code system.name})
     * @throws StoreException INVALID when neither gives a usable key
     */
    public static String of(String explicit, String name, String field) {
        if (explicit != null) {
            return check(explicit, "id");
        }
        if (name == null || name.isBlank()) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.id.missing", field);
        }
        return check(name.strip(), field);
    }

    /** {@code id} if it is a usable key, else INVALID naming {@code field}. */
    public static String check(String id, String field) {
        if (id.isEmpty() || id.length() > MAX_LENGTH || !id.equals(id.strip())
                || id.chars().anyMatch(Character::isISOControl)) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.id.invalid", field, MAX_LENGTH);
        }
        return id;
    }
}
