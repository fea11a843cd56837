package kumo.domain.archfixture;

import java.sql.Connection;

/** Breaks (c) (java.sql is JDK, so (b) alone would not catch it). */
public class DomainUsesJdbc {

    public boolean isOpen(Connection connection) throws Exception {
        return !connection.isClosed();
    }
}
