package kumo.domain.archfixture;

/** Breaks DOMAIN_NEVER_LOGS: {@code System.Logger}. Test-only fixture. */
public class DomainUsesSystemLogger {

    public void decide() {
        System.getLogger("kumo").log(System.Logger.Level.INFO, "decided");
    }
}
