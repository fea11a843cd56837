package kumo.adapters.web.archfixture;

import kumo.app.architecture.fixtures.CompositionRootFixture;

/** Breaks (a, module matrix): an adapter reaches back into the composition root. */
public class WebUsesCompositionRoot {

    public Object root() {
        return new CompositionRootFixture();
    }
}
