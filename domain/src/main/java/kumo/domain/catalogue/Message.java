package kumo.domain.catalogue;

import java.util.List;

/**
 * A user-facing text by key, with arguments; rendered in any {@link Language} by {@link Texts#format}.
 * An argument starting with {@code @} is itself a text key.
 */
public record Message(String key, List<String> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] == null ? "—" : String.valueOf(args[i]);
        }
        return new Message(key, List.of(strings));
    }

    public String render(Texts texts, Language language) {
        return texts.format(language, key, args);
    }
}
