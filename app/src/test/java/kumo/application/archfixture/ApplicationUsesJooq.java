package kumo.application.archfixture;

import org.jooq.DSLContext;

/** Breaks (c): a jOOQ type in the application ring. */
public class ApplicationUsesJooq {

    public int count(DSLContext dsl) {
        return dsl.fetchCount(dsl.selectOne());
    }
}
