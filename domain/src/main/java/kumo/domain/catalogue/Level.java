package kumo.domain.catalogue;

/** PROHIBITION cannot be fixed by evidence or contract; MANDATORY must be met; RECOMMENDED is advice. */
public enum Level {
    PROHIBITION, MANDATORY, RECOMMENDED;

    public boolean blocking() {
        return this != RECOMMENDED;
    }
}
