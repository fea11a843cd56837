package kumo.domain.archfixture;

/** Breaks DOMAIN_NEVER_LOGS: {@code System.out} and {@code System.err}. Test-only fixture. */
public class DomainPrints {

    public void decide() {
        System.out.println("decided");
        System.err.println("really");
    }
}
