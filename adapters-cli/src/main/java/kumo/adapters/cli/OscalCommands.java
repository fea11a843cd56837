package kumo.adapters.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.oscal.OscalCatalog;
import kumo.application.document.oscal.OscalExchange;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo export --format oscal …} and {@code kumo import --format oscal FILE}: kumo's catalogue, a service
 * profile and an assessment in NIST OSCAL 1.2.1 JSON, and a catalog kumo exported read back (docs/oscal.md). The
 * mapping is the application's ({@link OscalExchange}); these commands only read the arguments, the input and, for a
 * stored assessment, the store, and write the output. Not to be confused with {@code kumo store export|import}, the
 * whole store as kumo's own JSON document.
 */
final class OscalCommands {

    static final List<String> FORMATS = List.of("oscal");
    static final List<String> WHAT = List.of("catalogue", "service", "assessment");

    private OscalCommands() {
    }

    /** What both commands share: the language, the messages, where the output goes. */
    abstract static class Base extends KumoCommand {

        @Option(names = "--format", paramLabel = "oscal", required = true)
        String format;

        @Option(names = "--out", paramLabel = "FILE")
        String outFile;

        final StoreCommand.Context context;

        Base(StoreCommand.Context context) {
            this.context = context;
        }

        @Override
        final Integer execute() {
            if (StoreCommand.format(format, FORMATS) == null) {
                return problems.usage(spec.qualifiedName(), cli.get("error.badChoice", "--format", format,
                        String.join(" | ", FORMATS)));
            }
            Path target = null;
            if (outFile != null) {
                target = StoreFileCommands.newFile(cli, problems, outFile);
                if (target == null) {
                    return ExitCodes.BAD_INPUT;
                }
            }
            int code = run(target);
            out.flush();
            err.flush();
            return code;
        }

        /** The work, once the options are checked; {@code target} is the new file to write, or {@code null}. */
        abstract int run(Path target);

        OscalExchange exchange() {
            return new OscalExchange(context.wiring().get().documents());
        }

        /** The input's bytes, or {@code null} after saying why it cannot be read. */
        byte[] read(String argument) {
            return new RequestInput(cli, context.stdin()).readOrReport(argument, problems);
        }

        String inputName(String argument) {
            return RequestInput.STDIN.equals(argument) ? cli.get("error.stdin") : argument;
        }

        /** The document on standard output, or into {@code target} as a new file with a line saying so. */
        int emit(String document, Path target, String doneKey, Object... args) {
            if (target == null) {
                out.print(document);
                return ExitCodes.ELIGIBLE;
            }
            try {
                new NewFiles().write(target, f -> Files.writeString(f, document, StandardCharsets.UTF_8));
            } catch (StoreException e) {
                problems.error(e.text().in(cli.language()));
                return ExitCodes.of(e.reason());
            }
            out.println(cli.get(doneKey, args));
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code export --format oscal catalogue|service FILE|assessment ID|FILE [--out FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Export extends Base {

        @Parameters(index = "0", paramLabel = "catalogue|service|assessment")
        String what;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE|ID")
        String source;

        @Mixin
        Options.StoreOption storeOption;

        Export(StoreCommand.Context context) {
            super(context);
        }

        @Override
        int run(Path target) {
            String kind = StoreCommand.format(what, WHAT);
            if (kind == null) {
                return problems.usage(spec.qualifiedName(), cli.get("error.badChoice", "catalogue|service|assessment",
                        what, String.join(" | ", WHAT)));
            }
            if (kind.equals("catalogue") && source != null) {
                return problems.usage(spec.qualifiedName(), cli.get("error.unknownOption", source));
            }
            if (!kind.equals("catalogue") && source == null) {
                return problems.usage(spec.qualifiedName(), cli.get("error.missingParameter",
                        kind.equals("service") ? "FILE" : "ID|FILE"));
            }
            return switch (kind) {
                case "catalogue" -> emit(exchange().catalog(context.wiring().get().catalogue()), target,
                        "oscal.exported", outFile, "catalog");
                case "service" -> service(target);
                default -> assessment(target);
            };
        }

        private int service(Path target) {
            byte[] bytes = read(source);
            if (bytes == null) {
                return ExitCodes.BAD_INPUT;
            }
            KumoCli.Wiring wiring = context.wiring().get();
            CloudServiceProfileDto profile;
            try {
                profile = ProfileInput.read(bytes, RecordKind.SERVICE, wiring.documents()).profile();
            } catch (InvalidDocumentException e) {
                return problems.invalid(inputName(source), e, "error.invalidInput");
            }
            return emit(exchange().component(profile, wiring.catalogue()), target, "oscal.exported", outFile,
                    "component-definition");
        }

        /** A result file when {@code source} is {@code -} or names a file; otherwise a stored assessment's id. */
        private int assessment(Path target) {
            Path path = StoreFileCommands.path(source);
            if (RequestInput.STDIN.equals(source) || path != null && Files.isRegularFile(path)) {
                byte[] bytes = read(source);
                if (bytes == null) {
                    return ExitCodes.BAD_INPUT;
                }
                String document;
                try {
                    document = exchange().assessmentResults(bytes);
                } catch (InvalidDocumentException e) {
                    return problems.invalid(inputName(source), e, "error.invalidInput");
                }
                return emit(document, target, "oscal.exported", outFile, "assessment-results");
            }
            return StoreCommand.withStore(context, storeOption.location, spec, cli, err, source, session -> {
                AssessmentRecord stored = session.showAssessment().find(source).orElse(null);
                if (stored == null) {
                    return problems.input(cli.get("error.notStored", cli.get("kind.assessment"), source));
                }
                var documents = context.wiring().get().documents();
                return emit(exchange().assessmentResults(documents.readResult(stored.resultJson()), stored.summary()),
                        target, "oscal.exported", outFile, "assessment-results");
            });
        }
    }

    /** {@code import --format oscal FILE|- [--out FILE] [--check]}. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Import extends Base {

        @Parameters(index = "0", paramLabel = "FILE|-")
        String file;

        @Option(names = "--check")
        boolean check;

        Import(StoreCommand.Context context) {
            super(context);
        }

        @Override
        int run(Path target) {
            if (check && target != null) {
                return problems.usage(spec.qualifiedName(), cli.get("error.oscal.checkOrOut"));
            }
            byte[] bytes = read(file);
            if (bytes == null) {
                return ExitCodes.BAD_INPUT;
            }
            OscalCatalog read;
            try {
                read = exchange().readCatalog(bytes);
            } catch (InvalidDocumentException e) {
                return problems.invalid(inputName(file), e, "error.invalidOscal");
            }
            KumoCli.Wiring wiring = context.wiring().get();
            CatalogueDocument catalogue = read.catalogue();
            String same = catalogue.version() != null && catalogue.version().equals(wiring.catalogue().version())
                    && read.sameCatalogue(CatalogueDocument.of(wiring.catalogue()))
                    ? cli.get("oscal.same", catalogue.version()) : cli.get("oscal.differs", wiring.catalogue().version());
            String summary = cli.get("oscal.read", inputName(file), catalogue.version(), catalogue.requirements().size(),
                    catalogue.risks().size(), catalogue.exemptions().size(), catalogue.clauses().size(), same);
            if (check) {
                out.println(summary);
                return ExitCodes.ELIGIBLE;
            }
            int code = emit(wiring.documents().write(catalogue) + "\n", target, "oscal.imported", outFile);
            if (code == ExitCodes.ELIGIBLE && target != null) {
                out.println(summary);
            }
            return code;
        }
    }
}
