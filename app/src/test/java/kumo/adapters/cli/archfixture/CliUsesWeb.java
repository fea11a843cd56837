package kumo.adapters.cli.archfixture;

import kumo.adapters.web.archfixture.WebUsesApplication;

/** Breaks (a): an adapter depends on another adapter. Test-only fixture. */
public class CliUsesWeb {

    public Object web() {
        return new WebUsesApplication();
    }
}
