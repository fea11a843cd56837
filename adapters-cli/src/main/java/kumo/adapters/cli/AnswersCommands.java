package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.answers.AnswerSheetUseCase;
import kumo.application.answers.AnswerSheetUseCase.SheetFormat;
import kumo.application.answers.VendorAnswers;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreException;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo answers template|read}: the vendor answer sheet of a procurement. {@code template} writes the blank
 * sheet for a system (.xlsx or JSON, as a new file); {@code read} prints a filled sheet as the service profile it
 * states (JSON: what a request holds under {@code "service"}, and what {@code kumo service save} takes). {@code kumo
 * assess REQUEST --answers SHEET} assesses the answers directly. The reading and writing are the application's
 * ({@link AnswerSheetUseCase}); this only translates the command line.
 */
final class AnswersCommands {

    private AnswersCommands() {
    }

    /** The answer sheet's use case, or {@code null} after saying it is not available (exit 1 follows). */
    static AnswerSheetUseCase useCase(Supplier<KumoCli.Wiring> wiring) {
        AnswerSheetUseCase answers = wiring.get().answers();
        if (answers == null) {
            throw new IllegalStateException("the answer sheet is not wired");
        }
        return answers;
    }

    @Command(name = "template",
            mixinStandardHelpOptions = true,
            versionProvider = KumoVersion.class)
    static final class Template extends KumoCommand {

        @Parameters(index = "0", paramLabel = "FILE")
        String file;

        @Option(names = "--out", paramLabel = "SHEET", required = true)
        String out;

        private final Supplier<KumoCli.Wiring> wiring;
        private final InputStream stdin;

        Template(Supplier<KumoCli.Wiring> wiring, InputStream stdin) {
            this.wiring = wiring;
            this.stdin = stdin;
        }

        @Override
        Integer execute() {
            Language language = language();
            SheetFormat format = SheetFormat.ofFileName(out);
            if (format == null) {
                return problems.usage(spec.qualifiedName(), cli.get("answers.badExtension", out));
            }
            Path target = StoreFileCommands.newFile(cli, problems, out);
            if (target == null) {
                return ExitCodes.BAD_INPUT;
            }
            RequestInput input = new RequestInput(cli, stdin);
            byte[] bytes = input.readOrReport(file, problems);
            if (bytes == null) {
                return ExitCodes.BAD_INPUT;
            }
            KumoCli.Wiring w = wiring.get();
            SystemProfileDto system;
            try {
                system = system(bytes, w);
            } catch (InvalidDocumentException e) {
                return problems.invalid(input.name(file), e, "error.invalidInput");
            }
            byte[] sheet = useCase(wiring).blank(system, language, format);
            try {
                new NewFiles().write(target, path -> Files.write(path, sheet));
            } catch (StoreException e) {
                problems.error(e.text().in(language));
                return ExitCodes.of(e.reason());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(cli.get("answers.written", out, system.name() == null ? "" : system.name()));
            o.flush();
            return ExitCodes.ELIGIBLE;
        }

        /** The system of an assessment request, or of a system profile (bare or as a stored-row document). */
        private static SystemProfileDto system(byte[] bytes, KumoCli.Wiring w) {
            JsonNode kumo = null;
            try {
                kumo = w.documents().objectMapper().readTree(bytes).get("kumo");
            } catch (java.io.IOException | RuntimeException e) {
                // not JSON: the profile reader names the problem with its line and column
            }
            if (kumo != null && kumo.isTextual() && kumo.textValue().startsWith("assessment-request/")) {
                return w.documents().readRequest(bytes).system();
            }
            return ProfileInput.read(bytes, RecordKind.SYSTEM, w.documents()).profile();
        }
    }

    @Command(name = "read",
            mixinStandardHelpOptions = true,
            versionProvider = KumoVersion.class)
    static final class Read extends KumoCommand {

        @Parameters(index = "0", paramLabel = "SHEET")
        String sheet;

        private final Supplier<KumoCli.Wiring> wiring;
        private final InputStream stdin;

        Read(Supplier<KumoCli.Wiring> wiring, InputStream stdin) {
            this.wiring = wiring;
            this.stdin = stdin;
        }

        @Override
        Integer execute() {
            Language language = language();
            VendorAnswers answers = read(sheet, stdin, cli, problems, wiring);
            if (answers == null) {
                return ExitCodes.BAD_INPUT;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(wiring.get().documents().write(answers.service()));
            o.flush();
            err.println(TerminalText.line(cli.get("answers.read", sheet, answers.answered(), answers.rows())));
            err.flush();
            return ExitCodes.ELIGIBLE;
        }
    }

    /** A filled sheet read, or {@code null} after saying why it cannot be (exit 2). */
    static VendorAnswers read(String sheet, InputStream stdin, CliTexts cli, Problems problems,
            Supplier<KumoCli.Wiring> wiring) {
        RequestInput input = new RequestInput(cli, stdin);
        byte[] bytes = input.readOrReport(sheet, problems);
        if (bytes == null) {
            return null;
        }
        String name = input.name(sheet);
        try {
            return useCase(wiring).read(bytes, name);
        } catch (InvalidDocumentException e) {
            problems.invalid(name, e, "answers.invalid");
            return null;
        }
    }
}
