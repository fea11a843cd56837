package kumo.domain.archfixture;

import kumo.application.archfixture.CompliantApplicationDocument;

/** Breaks (a): the domain depends on the application ring. */
public class DomainUsesApplication {

    public String idOf(CompliantApplicationDocument document) {
        return document.id();
    }
}
