package kumo.adapters.cli.archfixture;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.rules.v1.CatalogueV1;

/** Breaks ADAPTERS_USE_PORTS_NOT_SERVICES: an adapter building the catalogue itself. Test-only fixture. */
public class CliBuildsTheCatalogue {

    public Catalogue catalogue() {
        return CatalogueV1.catalogue();
    }
}
