package kumo.adapters.web.archfixture;

import kumo.adapters.persistence.archfixture.PersistenceFixture;

/** Breaks (a): an adapter depends on another adapter. Test-only fixture. */
public class WebUsesPersistence {

    public String table(PersistenceFixture persistence) {
        return persistence.table();
    }
}
