package kumo.adapters.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.exchange.ServiceComparisonDocument;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.CompareServicesUseCase.Column;
import kumo.application.records.port.in.CompareServicesUseCase.Comparison;
import kumo.application.records.port.in.CompareServicesUseCase.Row;
import kumo.application.records.port.in.CompareServicesUseCase.ServiceChoice;
import kumo.application.records.port.in.CompareServicesUseCase.Subject;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo compare SYSTEM-OR-REQUEST --service FILE|ID [--service …] [--format text|csv|json]}: one system
 * against several services, through the application's {@link CompareServicesUseCase} (as the web's /compare page):
 * the verdict per service and the requirements whose status differs. The system and each service are a file
 * (a profile, a stored-row document or an assessment request, whose system or service is used) when one exists at
 * that path, else the key of a stored one. Files are read and checked before anything else; the store is opened
 * only when something stored is named.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class CompareCommand extends StoreCommand {

    static final List<String> FORMATS = List.of("text", "csv", "json");

    @Parameters(index = "0", paramLabel = "SYSTEM-OR-REQUEST")
    String system;

    @Option(names = "--service", paramLabel = "FILE|ID", required = true)
    List<String> services;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text")
    String format;

    private Subject subject;
    private final List<ServiceChoice> choices = new ArrayList<>();

    CompareCommand(Context context) {
        super(context);
    }

    @Override
    Integer prepare() {
        shape = format(format, FORMATS);
        if (shape == null) {
            return usage(badFormat(format, FORMATS));
        }
        long distinct = services.stream().distinct().count();
        if (distinct > CompareServicesUseCase.MAX_SERVICES) {
            return usage(cli.get("compare.tooMany", CompareServicesUseCase.MAX_SERVICES, distinct));
        }
        Documents documents = context.wiring().get().documents();
        RequestInput input = new RequestInput(cli, context.stdin());
        try {
            if (isFile(system)) {
                byte[] bytes = read(input, system);
                subject = Subject.given(profile(system, bytes, documents, RecordKind.SYSTEM));
            } else {
                subject = Subject.stored(system);
            }
            for (String s : services) {
                if (isFile(s)) {
                    choices.add(ServiceChoice.given(s, profile(s, read(input, s), documents, RecordKind.SERVICE)));
                } else {
                    choices.add(ServiceChoice.stored(s));
                }
            }
        } catch (RequestInput.Unreadable e) {
            return problems.input(e.getMessage());
        } catch (BadFile e) {
            return problems.invalid(e.name, e.problem, "error.invalidInput");
        }
        return null;
    }

    /** A file when one exists there, or when the value can only be a file name; else a stored key. */
    private static boolean isFile(String value) {
        if (RequestInput.STDIN.equals(value)) {
            return false;
        }
        try {
            java.nio.file.Path path = java.nio.file.Path.of(value);
            if (java.nio.file.Files.exists(path)) {
                return true;
            }
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || value.contains("/") || value.contains(java.io.File.separator);
    }

    private byte[] read(RequestInput input, String file) throws RequestInput.Unreadable {
        return input.read(file);
    }

    /** The profile a file holds: a bare profile, a stored-row document, or the part of an assessment request. */
    private <P> P profile(String name, byte[] bytes, Documents documents, RecordKind<?, P> kind) throws BadFile {
        try {
            if (isRequest(bytes, documents)) {
                return kind.profileOf(documents.readRequest(bytes));
            }
            return ProfileInput.read(bytes, kind, documents).profile();
        } catch (InvalidDocumentException e) {
            throw new BadFile(name, e);
        }
    }

    private static boolean isRequest(byte[] bytes, Documents documents) {
        try {
            JsonNode root = documents.objectMapper().readTree(bytes);
            return root != null && root.path("kumo").asText("").startsWith("assessment-request/");
        } catch (IOException e) {
            return false; // reported with its line and column by the profile's reading
        }
    }

    /** A file whose content is not a usable profile. */
    private static final class BadFile extends Exception {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final transient InvalidDocumentException problem;

        BadFile(String name, InvalidDocumentException problem) {
            super(null, null, false, false);
            this.name = name;
            this.problem = problem;
        }
    }

    @Override
    int run(StoreSession session) {
        Comparison comparison = session.compareServices().compareWith(subject, choices);
        switch (shape) {
            case "json" -> out.println(TerminalText.json(context.wiring().get().documents()
                    .write(ServiceComparisonDocument.of(comparison))));
            case "csv" -> csv(comparison);
            default -> text(comparison);
        }
        return ExitCodes.ELIGIBLE;
    }

    // ---------------------------------------------------------------- text

    private void text(Comparison c) {
        TextReport words = new TextReport(cli, context.wiring().get().catalogue());
        List<Column> columns = c.columns();
        SystemProfileDto s = c.system();
        String name = s.name() == null ? cli.get("unknown") : s.name();
        String first = c.systemId() != null ? cli.get("compare.system.stored", c.systemId(), name, orUnknown(s.department()))
                : cli.get("compare.system.file", system, name, orUnknown(s.department()));
        out.println(cli.get("compare.title", first, columns.size(), columns.get(0).result().assessmentDate()));
        int labelWidth = Columns.widest(columns.stream().map(col -> TerminalText.line(col.service().id())).toList());
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            CloudServiceProfileDto p = col.service().profile();
            out.println("  [" + (i + 1) + "] " + Columns.pad(TerminalText.line(col.service().id()), labelWidth) + "  "
                    + cli.get(col.stored() ? "compare.service.stored" : "compare.service.file", orUnknown(p.name()),
                            orUnknown(p.provider()))
                    + "  " + cli.get("paren", words.verdictName(col.result()), col.result().verdict().code()));
        }
        List<Row> rows = c.rows();
        List<Row> differing = c.differing();
        out.println();
        out.println(cli.get("compare.differing", differing.size(), rows.size()));
        if (differing.isEmpty()) {
            return;
        }
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(cli.get("compare.requirement"));
        for (int i = 0; i < columns.size(); i++) {
            header.add("[" + (i + 1) + "]");
        }
        header.add(cli.get("compare.titleColumn"));
        table.add(header);
        List<String> verdicts = new ArrayList<>();
        verdicts.add(cli.get("compare.verdict"));
        columns.forEach(col -> verdicts.add(col.result().verdict().code()));
        verdicts.add("");
        table.add(verdicts);
        for (Row r : differing) {
            List<String> line = new ArrayList<>();
            line.add(r.requirementId());
            r.statuses().forEach(st -> line.add(st == null ? "—" : words.label("status." + st, st)));
            line.add(TerminalText.line(r.title().in(cli.language())));
            table.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size() - 1; i++) {
                widths[i] = Math.max(widths[i], Columns.width(line.get(i)));
            }
        }
        for (List<String> line : table) {
            StringBuilder b = new StringBuilder(" ");
            for (int i = 0; i < line.size(); i++) {
                b.append(' ').append(i < line.size() - 1 ? Columns.pad(line.get(i), widths[i]) : line.get(i));
                if (i < line.size() - 1) {
                    b.append(' ');
                }
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private String orUnknown(String value) {
        return value == null || value.isBlank() ? cli.get("unknown") : value;
    }

    // ---------------------------------------------------------------- csv

    /**
     * RFC 4180: a header line, the verdicts, then one line per requirement that differs; CRLF line ends; a field
     * quoted when it holds a comma, a quote or a line break; UTF-8 without a byte order mark. A field a spreadsheet
     * would take as a formula (starting with =, +, -, @, a tab or a carriage return) is made inert with a leading
     * apostrophe.
     */
    private void csv(Comparison c) {
        Language lang = cli.language();
        List<Column> columns = c.columns();
        List<String> header = new ArrayList<>(List.of("requirement", "title"));
        columns.forEach(col -> header.add(col.service().id()));
        StringBuilder b = new StringBuilder();
        line(b, header);
        List<String> verdicts = new ArrayList<>(List.of("verdict", ""));
        columns.forEach(col -> verdicts.add(col.result().verdict().code()));
        line(b, verdicts);
        for (Row r : c.differing()) {
            List<String> line = new ArrayList<>(List.of(r.requirementId(), r.title().in(lang)));
            r.statuses().forEach(st -> line.add(st == null ? "" : st));
            line(b, line);
        }
        out.print(b);
    }

    private static void line(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvField(fields.get(i)));
        }
        b.append("\r\n");
    }

    /** One CSV field, quoted if needed and made inert if a spreadsheet would read it as a formula. */
    static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
