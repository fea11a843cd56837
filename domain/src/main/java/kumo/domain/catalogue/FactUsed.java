package kumo.domain.catalogue;

/**
 * A fact a rule looked at: its name (label key {@code fact.<name>}), its value as shown ({@code null}
 * when unknown) and the evidence document that supports it, where the profile names one.
 */
public record FactUsed(String name, String value, String evidence) {

    public boolean known() {
        return value != null;
    }
}
