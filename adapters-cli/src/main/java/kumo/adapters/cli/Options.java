package kumo.adapters.cli;

import java.io.PrintWriter;

import kumo.application.records.PageRequest;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Option;

/**
 * Options shared by several commands, as picocli mixins: declared once, so each reads, defaults and is
 * described the same everywhere.
 */
final class Options {

    private Options() {
    }

    /**
     * {@code --lang ja|en}: the language of the output and of the messages. Its default is the configured
     * language ({@code KUMO_LANG}, else ja), set by {@link KumoCli} as picocli's default value.
     */
    static final class LangOption {

        @Option(names = "--lang", paramLabel = "ja|en", completionCandidates = Languages.Codes.class)
        String lang;

        /** The language asked for, or {@code null} for a value that is none. */
        Language language() {
            return lang == null ? Language.JA : Languages.parse(lang);
        }

        /** Says in both languages that the language is wrong (it is not known which one to use); exit 2. */
        int badLanguage(PrintWriter err, String command) {
            for (Language l : Language.values()) {
                new Problems(CliTexts.of(l), err).error(CliTexts.of(l).get("error.badLang", lang));
            }
            err.println(CliTexts.of(Language.JA).get("error.usage", command));
            return ExitCodes.BAD_INPUT;
        }
    }

    /** The {@code --format text|json} values, for shell completion. */
    static final class TextOrJson implements Iterable<String> {

        @Override
        public java.util.Iterator<String> iterator() {
            return RecordCommands.TEXT_JSON.iterator();
        }
    }

    /** {@code --store LOCATION}: which store; {@code null} when not given (the configured one is used). */
    static final class StoreOption {

        @Option(names = "--store", paramLabel = "LOCATION")
        String location;
    }

    /** {@code --actor NAME}: who makes the change, written into the audit trail. */
    static final class ActorOption {

        @Option(names = "--actor", paramLabel = "NAME")
        String name;
    }

    /** {@code --page N --page-size N}: which page of a listing. */
    static final class Paging {

        @Option(names = "--page", paramLabel = "N", defaultValue = "1")
        int page;

        @Option(names = "--page-size", paramLabel = "N", defaultValue = "50")
        int size;

        /** The message for a value out of range, or {@code null} when both are usable. */
        String problem(CliTexts cli) {
            if (page < 1) {
                return cli.get("error.tooSmall", "--page", page, 1);
            }
            if (size < 1 || size > PageRequest.MAX_SIZE) {
                return cli.get("error.outOfRange", "--page-size", size, 1, PageRequest.MAX_SIZE);
            }
            return null;
        }

        PageRequest request() {
            return new PageRequest(page, size);
        }
    }
}
