package kumo.adapters.persistence.archfixture;

/** Breaks no rule. Test-only fixture. */
public class PersistenceFixture {

    public String table() {
        return "assessment";
    }
}
