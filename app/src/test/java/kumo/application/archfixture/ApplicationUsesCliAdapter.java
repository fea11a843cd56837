package kumo.application.archfixture;

import kumo.adapters.cli.archfixture.CliCommandFixture;

/** Breaks (a): the application ring depends on an adapter. */
public class ApplicationUsesCliAdapter {

    public String name(CliCommandFixture command) {
        return command.name();
    }
}
