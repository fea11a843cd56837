package kumo.application.records;

import java.util.Objects;

/**
 * Who makes a change: a person's or a job's name as the city knows it (a login name, 「情報管理者 山田」,
 * {@code nightly-import}). Written into every audit event.
 *
 * @param name 1–200 characters, no control characters, not blank
 */
public record Actor(String name) {

    /** The longest name accepted. */
    public static final int MAX_LENGTH = 200;

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("actor name is longer than " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("actor name contains a control character");
        }
    }
}
