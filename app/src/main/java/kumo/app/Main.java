package kumo.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The entry point: reads the configuration once ({@link Configuration}), builds the object graph ({@link
 * Composition}) and starts what the command asks for — today the command line.
 */
public final class Main {

    /** The exit code of a bad configuration: bad input, as docs/cli.md lists it. */
    static final int BAD_CONFIGURATION = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // before anything logs: the libraries are quiet unless --debug, so stderr carries only what kumo says
        Logging.configure(Logging.debug(java.util.Arrays.asList(args)));
        System.exit(run(args, System::getenv, System.getProperty("user.name", ""), System.in, System.out, System.err));
    }

    /** Runs one command line with the given environment; returns the exit code. */
    static int run(String[] args, UnaryOperator<String> environment, String osUser, InputStream in, PrintStream out,
            PrintStream err) {
        Configuration configuration;
        try {
            configuration = Configuration.read(environment, osUser);
        } catch (Configuration.Invalid e) {
            // which language the user reads is part of what is wrong: both
            PrintStream utf8 = new PrintStream(err, true, StandardCharsets.UTF_8);
            utf8.println("kumo: エラー: " + e.text().ja());
            utf8.println("kumo: error: " + e.text().en());
            utf8.println(Configuration.Invalid.hint().ja());
            utf8.println(Configuration.Invalid.hint().en());
            return BAD_CONFIGURATION;
        }
        return Composition.of(configuration).cli().execute(args, in, out, err);
    }
}
