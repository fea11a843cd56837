package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kumo.application.records.PageRequest;
import kumo.domain.catalogue.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The help bundles against the whole picocli command tree as {@link KumoCli} builds it: every command has a
 * header and every option and positional parameter a description in help_ja.properties and help_en.properties,
 * the two have the same keys, no key is left over, and no annotation carries text of its own (the bundles are
 * the one source). A command added without its help keys fails here, naming the keys to add.
 */
class HelpBundlesTest {

    /** Keys of kumo's own, read by the code rather than by picocli's lookup. */
    private static final Pattern OWN = Pattern.compile("usage\\.[A-Za-z]+|exitCode\\.\\d+|group\\.footer\\.\\d+");

    private static CommandLine tree(Language language) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        return Cli.cli(Cli.ASSESS, null).commandLine(InputStream.nullInputStream(), nowhere, nowhere,
                new PrintStream(OutputStream.nullOutputStream()), language, new BatchCommand.Terminal(false, false));
    }

    /** Every command of the tree, the root first, picocli's {@code help} included. */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).getSubcommands().values());
        }
        return all;
    }

    /** The keys picocli tries for an option or a positional parameter, unqualified, in its order. */
    private static List<String> candidates(ArgSpec arg) {
        List<String> keys = new ArrayList<>();
        if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
            keys.add(arg.descriptionKey());
        }
        if (arg instanceof OptionSpec option) {
            for (String name : option.names()) {
                keys.add(name.replaceFirst("^-+", ""));
            }
        } else {
            PositionalParamSpec positional = (PositionalParamSpec) arg;
            keys.add(positional.paramLabel() + "[" + positional.index() + "]");
        }
        return keys;
    }

    /** The bundle key picocli reads for {@code arg} of {@code command}, or {@code null} when the bundle has none. */
    private static String keyOf(Properties bundle, CommandSpec command, ArgSpec arg) {
        String qualified = command.qualifiedName(".") + ".";
        for (String key : candidates(arg)) {
            if (bundle.containsKey(qualified + key)) {
                return qualified + key;
            }
            if (bundle.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    /** What is missing from the bundle of {@code language}, and (into {@code used}) the keys the tree reads. */
    private static List<String> missing(Language language, Set<String> used) {
        Properties bundle = HelpTexts.read(language);
        List<String> missing = new ArrayList<>();
        for (CommandLine command : commands(tree(language))) {
            CommandSpec spec = command.getCommandSpec();
            String qualified = spec.qualifiedName(".");
            if (!bundle.containsKey(qualified + ".usage.header")) {
                missing.add(qualified + ".usage.header");
            }
            for (String key : bundle.stringPropertyNames()) {
                if (key.matches(Pattern.quote(qualified) + "\\.usage\\.[A-Za-z]+(\\.\\d+)?")) {
                    used.add(key);
                }
            }
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                String key = keyOf(bundle, spec, arg);
                if (key == null) {
                    missing.add(qualified + "." + candidates(arg).get(candidates(arg).size() - 1));
                } else {
                    used.add(key);
                }
            }
        }
        return missing;
    }

    @Test
    void everyCommandOptionAndParameterHasItsTextInBothLanguages() {
        for (Language language : Language.values()) {
            assertThat(missing(language, new TreeSet<>()))
                    .as("keys missing from help_%s.properties (see adapters-cli/README.md, Help texts)", language.code())
                    .isEmpty();
        }
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysAndEveryKeyIsUsed() {
        Set<String> ja = HelpTexts.read(Language.JA).stringPropertyNames();
        Set<String> en = HelpTexts.read(Language.EN).stringPropertyNames();
        assertThat(new TreeSet<>(ja)).isNotEmpty().isEqualTo(new TreeSet<>(en));

        Set<String> used = new TreeSet<>();
        missing(Language.JA, used);
        Set<String> unused = new TreeSet<>(ja);
        unused.removeAll(used);
        unused.removeIf(key -> OWN.matcher(key).matches());
        assertThat(unused).as("keys no command, option or parameter reads (misspelt or left over)").isEmpty();
    }

    @Test
    void everyValueIsFilledIn() {
        for (Language language : Language.values()) {
            Properties p = HelpTexts.read(language);
            for (String key : p.stringPropertyNames()) {
                // an empty footer line is a blank line of the footer
                if (!key.matches(".*\\.usage\\.footer\\.\\d+")) {
                    assertThat(p.getProperty(key)).as(language.code() + " " + key).isNotBlank().doesNotContain("TODO");
                }
            }
        }
    }

    @Test
    void theAnnotationsCarryNoTextOfTheirOwn() {
        List<String> texts = new ArrayList<>();
        for (CommandLine command : commands(tree(Language.JA))) {
            CommandSpec spec = command.getCommandSpec();
            List<Object> objects = new ArrayList<>();
            objects.add(spec.userObject());
            spec.mixins().values().forEach(mixin -> objects.add(mixin.userObject()));
            for (Object object : objects) {
                for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    if (c.getPackageName().startsWith("picocli")) {
                        continue; // picocli's own help command and options: their keys are in the bundles
                    }
                    Command annotation = c.getAnnotation(Command.class);
                    if (annotation != null && (annotation.header().length > 0 || annotation.description().length > 0
                            || annotation.footer().length > 0)) {
                        texts.add(c.getName());
                    }
                    for (Field field : c.getDeclaredFields()) {
                        Option option = field.getAnnotation(Option.class);
                        Parameters parameters = field.getAnnotation(Parameters.class);
                        if (option != null && option.description().length > 0
                                || parameters != null && parameters.description().length > 0) {
                            texts.add(c.getName() + "." + field.getName());
                        }
                    }
                }
            }
        }
        assertThat(texts).as("help text written in annotations instead of the help bundles").isEmpty();
    }

    @Test
    void theBundlesAreReadAsUtf8AndGivenToEveryCommand() {
        CommandLine ja = tree(Language.JA);
        CommandLine en = tree(Language.EN);

        assertThat(ja.getSubcommands().get("assess").getCommandSpec().usageMessage().header())
                .containsExactly("評価依頼（JSON）を1件評価し、判定と次の対応を表示します。");
        assertThat(en.getSubcommands().get("assess").getCommandSpec().usageMessage().header())
                .containsExactly("Assess one system on one cloud service and print the result.");
        assertThat(ja.getSubcommands().get("audit").getSubcommands().get("keygen").getCommandSpec()
                .findOption("--lang").description()[0]).startsWith("出力、メッセージ及びこの使い方の言語");
    }

    @Test
    void theNumbersInTheTextsAreTheCodes() {
        for (Language language : Language.values()) {
            CommandLine root = tree(language);
            assertThat(description(root, "--page-size", "service", "list")).contains(Integer.toString(PageRequest.MAX_SIZE));
            assertThat(description(root, "--within", "assessment", "expiring"))
                    .contains(Integer.toString(AssessmentCommands.MAX_DAYS));
            assertThat(description(root, "--limit", "audit", "list"))
                    .contains(Integer.toString(AuditCommands.MAX_LIMIT));
            assertThat(description(root, "--port", "serve")).contains(Integer.toString(ServeCommand.DEFAULT_PORT));
        }
    }

    private static String description(CommandLine root, String option, String... path) {
        CommandLine command = root;
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return String.join(" ", command.getCommandSpec().findOption(option).description());
    }

    /** A limit the help states is the code's: the bundles cannot refer to the constant, so this holds them together. */
    @Test
    void theLimitOfCompareIsTheUseCases() {
        for (Language language : Language.values()) {
            assertThat(HelpTexts.read(language).getProperty("kumo.compare.service")).as(language.code())
                    .containsPattern("\\D" + kumo.application.records.port.in.CompareServicesUseCase.MAX_SERVICES + "\\D");
        }
    }
}
