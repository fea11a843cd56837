package kumo.adapters.web.archfixture;

import kumo.application.archfixture.CompliantApplicationDocument;
import kumo.domain.archfixture.CompliantDomainValue;

/** Breaks no rule: an adapter on application and domain. Test-only fixture. */
public class WebUsesApplication {

    public CompliantDomainValue valueOf(CompliantApplicationDocument document) {
        return document.value();
    }
}
