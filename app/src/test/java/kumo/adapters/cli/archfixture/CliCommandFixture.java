package kumo.adapters.cli.archfixture;

/** Breaks no rule. Test-only fixture. */
public class CliCommandFixture {

    public String name() {
        return "assess";
    }
}
