package kumo.domain.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing text by key, with arguments; rendered in any {@link Language} by {@link Texts#format}.
 * An argument {@code @key} naming an existing text is that text. Arguments are kept as given and shown
 * as strings ({@code null} as "—") only when first asked for, so evaluating an assessment never pays for
 * texts nobody renders. Immutable; two messages are equal when key and shown arguments are.
 */
public final class Message {

    private final String key;
    private final Object[] raw;
    // cached on first use; a benign race: List.of publishes its elements through final fields
    private List<String> args;

    private Message(String key, Object[] raw, List<String> args) {
        this.key = Objects.requireNonNull(key, "key");
        this.raw = raw;
        this.args = args;
    }

    public Message(String key, List<String> args) {
        this(key, null, List.copyOf(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args.length == 0 ? null : args.clone(), args.length == 0 ? List.of() : null);
    }

    public String key() {
        return key;
    }

    /** The arguments as shown. */
    public List<String> args() {
        List<String> shown = args;
        if (shown == null) {
            String[] strings = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                strings[i] = raw[i] == null ? "—" : String.valueOf(raw[i]);
            }
            shown = List.of(strings);
            args = shown;
        }
        return shown;
    }

    public String render(Texts texts, Language language) {
        return texts.format(language, key, args());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && key.equals(m.key) && args().equals(m.args());
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args().hashCode();
    }

    @Override
    public String toString() {
        return "Message[key=" + key + ", args=" + (raw == null ? args : Arrays.toString(raw)) + "]";
    }
}
