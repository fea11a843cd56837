package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
            versionProvider = KumoVersion.class,
            header = {"Write the blank vendor answer sheet for a system (.xlsx or JSON).",
                      "システムのクラウドサービス要件への回答書（空欄）を書き出します（.xlsx 又は JSON）。"},
            descriptionHeading = "%n",
            description = {
                "Reads the system from FILE (an assessment request, whose service part is ignored, or a system profile "
                        + "as kumo system save takes it) and writes the answer sheet a vendor fills in: one row per fact "
                        + "a SERVICE requirement of the catalogue reads, in the order of the §5 specification, with "
                        + "the requirement IDs, the question, how to answer, and cells for the answer and its evidence. "
                        + "--out names a new file; its extension (.xlsx or .json) chooses the form.",
                "FILE（評価依頼又はシステムのプロファイル）のシステムについて、事業者が記入する回答書を新しいファイルに書き出します。"},
            parameterListHeading = "%nParameters:%n",
            optionListHeading = "%nOptions:%n",
            footerHeading = "%n",
            footer = {"Examples:",
                      "  kumo answers template request.json --out answers.xlsx",
                      "  kumo answers template system.json --out answers.json --lang en",
                      "  kumo assess request.json --answers answers-filled.xlsx",
                      "",
                      "See docs/cli.md."})
    static final class Template implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE",
                description = {"The system: an assessment request (JSON) or a system profile; - reads standard input.",
                               "システム: 評価依頼（JSON）又はシステムのプロファイル。- で標準入力から読みます。"})
        String file;

        @Option(names = "--out", paramLabel = "SHEET", required = true,
                description = {"The new file to write: NAME.xlsx (a workbook) or NAME.json (\"vendor-answers/1\"). "
                        + "Never over an existing file.",
                               "書き出す新しいファイル（NAME.xlsx 又は NAME.json）。既存のファイルには上書きしません。"})
        String out;

        @Mixin
        Options.LangOption langOption;

        private final Supplier<KumoCli.Wiring> wiring;
        private final InputStream stdin;

        Template(Supplier<KumoCli.Wiring> wiring, InputStream stdin) {
            this.wiring = wiring;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Language language = langOption.language();
            if (language == null) {
                return langOption.badLanguage(err, spec.qualifiedName());
            }
            CliTexts cli = CliTexts.of(language);
            Problems problems = new Problems(cli, err);
            SheetFormat format = SheetFormat.ofFileName(out);
            if (format == null) {
                return problems.usage(spec.qualifiedName(), cli.get("answers.badExtension", out));
            }
            Path target = StoreFileCommands.newFile(cli, problems, out);
            if (target == null) {
                return ExitCodes.BAD_INPUT;
            }
            RequestInput input = new RequestInput(cli, stdin);
            byte[] bytes;
            try {
                bytes = input.read(file);
            } catch (RequestInput.Unreadable e) {
                return problems.input(e.getMessage());
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
            versionProvider = KumoVersion.class,
            header = {"Read a filled vendor answer sheet and print the service profile it states (JSON).",
                      "記入済みの回答書を読み、そのサービスのプロファイルを JSON で表示します。"},
            descriptionHeading = "%n",
            description = {
                "Reads SHEET (.xlsx or \"vendor-answers/1\" JSON) and prints the service profile its answers state, "
                        + "as a request holds it under \"service\" (format 2), with an evidence note per answered row "
                        + "naming the sheet and the cell. A blank row is unknown, never \"no\". Anything that cannot be "
                        + "read is named by sheet, row and cell (exit 2). The output can be saved with kumo service save.",
                "回答書を読み、回答が示すサービスのプロファイルを表示します。空欄は「不明」です。読めないセルはシート・行・セルを示して報告します。"},
            parameterListHeading = "%nParameters:%n",
            optionListHeading = "%nOptions:%n",
            footerHeading = "%n",
            footer = {"Examples:",
                      "  kumo answers read answers-filled.xlsx > service.json",
                      "  kumo service save service.json",
                      "",
                      "See docs/cli.md."})
    static final class Read implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SHEET",
                description = {"The filled answer sheet: .xlsx or JSON; - reads standard input.",
                               "記入済みの回答書（.xlsx 又は JSON）。- で標準入力から読みます。"})
        String sheet;

        @Mixin
        Options.LangOption langOption;

        private final Supplier<KumoCli.Wiring> wiring;
        private final InputStream stdin;

        Read(Supplier<KumoCli.Wiring> wiring, InputStream stdin) {
            this.wiring = wiring;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Language language = langOption.language();
            if (language == null) {
                return langOption.badLanguage(err, spec.qualifiedName());
            }
            CliTexts cli = CliTexts.of(language);
            Problems problems = new Problems(cli, err);
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
        byte[] bytes;
        try {
            bytes = input.read(sheet);
        } catch (RequestInput.Unreadable e) {
            problems.input(e.getMessage());
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
