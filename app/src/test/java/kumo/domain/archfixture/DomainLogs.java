package kumo.domain.archfixture;

import java.util.logging.Logger;

/** Breaks DOMAIN_NEVER_LOGS: {@code java.util.logging}. Test-only fixture. */
public class DomainLogs {

    private static final Logger LOG = Logger.getLogger(DomainLogs.class.getName());

    public void decide() {
        LOG.info("decided");
    }
}
