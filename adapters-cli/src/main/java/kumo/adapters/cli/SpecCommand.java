package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import kumo.application.document.InvalidDocumentException;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreException;
import kumo.application.spec.ProcurementSpecification;
import kumo.application.spec.SpecificationFormat;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo spec FILE|-}: the non-functional requirements of a procurement specification for the system of a
 * request, after the policy's §5 (kumo.application.spec builds and renders it; this only reads, chooses and
 * writes). Markdown or HTML to standard output or {@code --out}; Word only to {@code --out}, a new file.
 */
@Command(name = "spec",
        mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class)
final class SpecCommand extends KumoCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Option(names = "--format", paramLabel = "md|html|docx", defaultValue = "md")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    String out;

    private final Supplier<KumoCli.Wiring> wiring;
    private final Clock clock;
    private final InputStream stdin;

    SpecCommand(Supplier<KumoCli.Wiring> wiring, Clock clock, InputStream stdin) {
        this.wiring = wiring;
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    Integer execute() {
        String command = spec.qualifiedName();
        Language language = language();
        SpecificationFormat shape = SpecificationFormat.of(format);
        if (shape == null) {
            return problems.usage(command, cli.get("error.spec.badFormat", format));
        }
        if (shape.binary() && out == null) {
            return problems.usage(command, cli.get("error.spec.docxNeedsOut"));
        }
        Path target = null;
        if (out != null) {
            // refused before any work: never over an existing file
            target = StoreFileCommands.newFile(cli, problems, out);
            if (target == null) {
                return ExitCodes.BAD_INPUT;
            }
        }
        RequestInput input = new RequestInput(cli, stdin);
        byte[] bytes = input.readOrReport(file, problems);
        if (bytes == null) {
            return ExitCodes.BAD_INPUT;
        }
        ProcurementSpecification specification;
        try {
            specification = wiring.get().spec().specify(bytes, language, LocalDate.now(clock));
        } catch (InvalidDocumentException e) {
            return problems.invalid(input.name(file), e);
        }
        byte[] rendered = shape.render(specification);
        PrintWriter stdout = spec.commandLine().getOut();
        if (target == null) {
            stdout.print(TerminalText.lines(new String(rendered, StandardCharsets.UTF_8)));
            stdout.flush();
            return ExitCodes.ELIGIBLE;
        }
        try {
            new NewFiles().write(target, file -> Files.write(file, rendered));
        } catch (StoreException e) {
            problems.error(e.text().in(language));
            return ExitCodes.of(e.reason());
        }
        stdout.println(cli.get("specWritten", out, shape.code()));
        stdout.flush();
        return ExitCodes.ELIGIBLE;
    }
}
