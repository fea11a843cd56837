package kumo.domain.catalogue;

import java.util.Objects;

/**
 * A fact a rule looked at: its name (label key {@code fact.<name>}), its value as shown ({@code null}
 * when unknown) and the evidence document that supports it, where the profile names one. The value is
 * kept as given and turned into its shown string only when first asked for. Immutable.
 */
public final class FactUsed {

    private final String name;
    private final Object raw;
    private final String evidence;
    // cached on first use; a benign race: a String is safely published through its final fields
    private String value;

    public FactUsed(String name, String value, String evidence) {
        this(name, (Object) value, evidence);
    }

    private FactUsed(String name, Object raw, String evidence) {
        this.name = Objects.requireNonNull(name, "name");
        this.raw = raw;
        this.evidence = evidence;
    }

    /** A fact with its value as given; {@code null} means unknown. */
    public static FactUsed of(String name, Object value) {
        return new FactUsed(name, value, null);
    }

    /** The same fact, supported by the named evidence document. */
    public FactUsed withEvidence(String document) {
        return new FactUsed(name, raw, document);
    }

    public String name() {
        return name;
    }

    /** The value as shown, {@code null} when unknown. */
    public String value() {
        String shown = value;
        if (shown == null && raw != null) {
            shown = raw instanceof String s ? s : String.valueOf(raw);
            value = shown;
        }
        return shown;
    }

    public String evidence() {
        return evidence;
    }

    public boolean known() {
        return raw != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactUsed f && name.equals(f.name) && Objects.equals(value(), f.value())
                && Objects.equals(evidence, f.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value(), evidence);
    }

    @Override
    public String toString() {
        return "FactUsed[name=" + name + ", value=" + value() + ", evidence=" + evidence + "]";
    }
}
