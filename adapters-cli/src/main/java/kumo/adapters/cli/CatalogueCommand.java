package kumo.adapters.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import kumo.application.document.LocalizedText;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.catalogue.CatalogueDocument.ClauseEntry;
import kumo.application.document.catalogue.CatalogueDocument.ExemptionEntry;
import kumo.application.document.catalogue.CatalogueDocument.RequirementEntry;
import kumo.application.document.catalogue.CatalogueDocument.RiskEntry;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo catalogue [list|show ID] [--kind requirements|risks|exemptions|clauses] [--format text|json]}: the
 * requirement catalogue, in either language. Laid out from the application's {@link CatalogueDocument} (the API's
 * {@code catalogue/1}); {@code --format json} prints that document, with only the list or the entry asked for.
 * Never opens the store.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class CatalogueCommand extends KumoCommand {

    /** How many IDs an unknown ID is answered with. */
    static final int SUGGESTIONS = 3;

    private static final List<String> ACTIONS = List.of("list", "show");


    @Parameters(index = "0", arity = "0..1", paramLabel = "list|show")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID")
    String id;

    @Option(names = "--kind", paramLabel = "requirements|risks|exemptions|clauses")
    String kind;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    String format;

    private final Supplier<KumoCli.Wiring> wiring;

    private TextReport words;
    private Language lang;

    CatalogueCommand(Supplier<KumoCli.Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    Integer execute() {
        lang = language();
        String act = action == null ? "list" : action.trim().toLowerCase(Locale.ROOT);
        if (!ACTIONS.contains(act)) {
            return usage(cli.get("error.badChoice", "list|show", action, String.join(" | ", ACTIONS)));
        }
        if (act.equals("show") && (id == null || id.isBlank())) {
            return usage(cli.get("error.missingParameter", "ID"));
        }
        if (act.equals("list") && id != null) {
            return usage(cli.get("error.unknownOption", id));
        }
        String shape = StoreCommand.format(format, RecordCommands.TEXT_JSON);
        if (shape == null) {
            return usage(cli.get("error.badChoice", "--format", format, String.join(" | ", RecordCommands.TEXT_JSON)));
        }
        String list = kind == null ? null : kind.trim().toLowerCase(Locale.ROOT);
        if (list != null && !CatalogueDocument.KINDS.contains(list)) {
            return usage(cli.get("error.badChoice", "--kind", kind, String.join(" | ", CatalogueDocument.KINDS)));
        }
        KumoCli.Wiring w = wiring.get();
        words = new TextReport(cli, w.catalogue());
        CatalogueDocument whole = CatalogueDocument.of(w.catalogue());
        CatalogueDocument doc = list == null ? whole : whole.only(list);
        if (act.equals("show")) {
            var found = doc.entry(id.trim());
            if (found.isEmpty()) {
                List<String> near = doc.nearest(id.trim(), SUGGESTIONS);
                return problems.input(list == null ? cli.get("catalogue.unknown", id, String.join(", ", near))
                        : cli.get("catalogue.unknownIn", id, list, String.join(", ", near)));
            }
            doc = found.get();
        }
        if (shape.equals("json")) {
            out.println(w.documents().write(doc));
        } else if (act.equals("show")) {
            show(doc);
        } else {
            list(doc);
        }
        out.flush();
        return ExitCodes.ELIGIBLE;
    }

    private int usage(String message) {
        return problems.usage(spec.qualifiedName(), message);
    }

    // ---------------------------------------------------------------- list

    private void list(CatalogueDocument doc) {
        out.println(cli.get("catalogue.title", doc.version(), doc.policyDate()));
        if (doc.requirements() != null) {
            heading(cli.get("catalogue.heading.requirements", doc.requirements().size()));
            int width = width(doc.requirements().stream().map(RequirementEntry::id).toList());
            for (RequirementEntry r : doc.requirements()) {
                out.println("  " + pad(r.id(), width) + "  " + words.label("level." + r.level(), r.level()) + " / "
                        + words.label("kind." + r.kind(), r.kind()) + marks(r) + "  " + text(r.title()));
            }
        }
        if (doc.risks() != null) {
            heading(cli.get("catalogue.heading.risks", doc.risks().size()));
            int width = width(doc.risks().stream().map(RiskEntry::id).toList());
            for (RiskEntry r : doc.risks()) {
                out.println("  " + pad(r.id(), width) + "  " + text(r.title()));
            }
        }
        if (doc.exemptions() != null) {
            heading(cli.get("catalogue.heading.exemptions", doc.exemptions().size()));
            int width = width(doc.exemptions().stream().map(ExemptionEntry::id).toList());
            for (ExemptionEntry e : doc.exemptions()) {
                out.println("  " + pad(e.id(), width) + "  " + text(e.title()) + "  "
                        + cli.get("catalogue.exempts", String.join(", ", e.exempts())));
            }
        }
        if (doc.clauses() != null) {
            heading(cli.get("catalogue.heading.clauses", doc.clauses().size()));
            int width = width(doc.clauses().stream().map(ClauseEntry::id).toList());
            for (ClauseEntry c : doc.clauses()) {
                out.println("  " + pad(c.id(), width) + "  " + text(c.label())
                        + (c.explanatoryOnly() ? "  " + cli.get("catalogue.mark.explanatory") : ""));
            }
        }
    }

    private void heading(String line) {
        out.println();
        out.println(line);
    }

    /** The marks of a requirement: [逸脱可] [適用除外なし] [§5]. */
    private String marks(RequirementEntry r) {
        StringBuilder m = new StringBuilder();
        if (r.deviable()) {
            m.append(' ').append(cli.get("catalogue.mark.deviable"));
        }
        if (r.neverExempt()) {
            m.append(' ').append(cli.get("catalogue.mark.neverExempt"));
        }
        if (r.section5()) {
            m.append(' ').append(cli.get("catalogue.mark.section5"));
        }
        if (r.condition() != null) {
            m.append(' ').append(cli.get("catalogue.mark.conditional"));
        }
        return m.toString();
    }

    // ---------------------------------------------------------------- show

    private void show(CatalogueDocument doc) {
        if (doc.requirements() != null) {
            RequirementEntry r = doc.requirements().get(0);
            out.println(cli.get("catalogue.show.requirement", r.id(), text(r.title())));
            field("catalogue.field.group", r.group() + " " + words.label("group." + r.group(), r.group()));
            field("catalogue.field.kind", cli.get("paren", words.label("kind." + r.kind(), r.kind()), r.kind()));
            field("catalogue.field.level", cli.get("paren", words.label("level." + r.level(), r.level()), r.level()));
            field("catalogue.field.deviable", yesNo(r.deviable()));
            field("catalogue.field.neverExempt", yesNo(r.neverExempt()));
            field("catalogue.field.section5", yesNo(r.section5()));
            field("catalogue.field.condition", r.condition() == null ? cli.get("catalogue.always") : text(r.condition()));
            clauses(r.sourceClauses());
            field("catalogue.field.text", text(r.text()));
            if (r.interpretation() != null) {
                field("catalogue.field.interpretation", text(r.interpretation()));
            }
        } else if (doc.risks() != null) {
            RiskEntry r = doc.risks().get(0);
            out.println(cli.get("catalogue.show.risk", r.id(), text(r.title())));
            field("catalogue.field.linked", r.linkedRequirements().isEmpty() ? cli.get("none")
                    : String.join(", ", r.linkedRequirements()));
            if (r.capability() != null) {
                field("catalogue.field.capability", r.capability());
            }
            field("catalogue.field.checkFirst", yesNo(r.checkFirst()));
            if (r.alternative() != null) {
                field("catalogue.field.alternative", r.alternative());
            }
            clauses(r.sourceClauses());
            field("catalogue.field.text", text(r.text()));
            if (r.interpretation() != null) {
                field("catalogue.field.interpretation", text(r.interpretation()));
            }
        } else if (doc.exemptions() != null) {
            ExemptionEntry e = doc.exemptions().get(0);
            out.println(cli.get("catalogue.show.exemption", e.id(), text(e.title())));
            field("catalogue.field.exempts", String.join(", ", e.exempts()));
            if (e.condition() != null) {
                field("catalogue.field.condition", text(e.condition()));
            }
            clauses(e.sourceClauses());
            field("catalogue.field.text", text(e.text()));
        } else {
            ClauseEntry c = doc.clauses().get(0);
            out.println(cli.get("catalogue.show.clause", c.id(), text(c.label())));
            field("catalogue.field.explanatory", yesNo(c.explanatoryOnly()));
            List<String> citing = citing(c.id());
            field("catalogue.field.citedBy", citing.isEmpty() ? cli.get("none") : String.join(", ", citing));
        }
    }

    /** The requirements, risks and exemptions resting on a clause. */
    private List<String> citing(String clause) {
        CatalogueDocument whole = CatalogueDocument.of(wiring.get().catalogue());
        List<String> ids = new ArrayList<>();
        whole.requirements().stream().filter(r -> r.sourceClauses().contains(clause)).forEach(r -> ids.add(r.id()));
        whole.risks().stream().filter(r -> r.sourceClauses().contains(clause)).forEach(r -> ids.add(r.id()));
        whole.exemptions().stream().filter(e -> e.sourceClauses().contains(clause)).forEach(e -> ids.add(e.id()));
        return ids;
    }

    private void clauses(List<String> ids) {
        CatalogueDocument whole = CatalogueDocument.of(wiring.get().catalogue());
        List<String> shown = ids.stream().map(id -> whole.clauses().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> id + " " + text(c.label())).orElse(id)).toList();
        field("catalogue.field.clauses", shown.isEmpty() ? cli.get("none") : String.join(" / ", shown));
    }

    private void field(String key, String value) {
        out.println("  " + cli.get(key) + ": " + value);
    }

    private String yesNo(boolean value) {
        return cli.get(value ? "catalogue.yes" : "catalogue.no");
    }

    /** A catalogue text in the chosen language, on one line. */
    private String text(LocalizedText t) {
        return t == null ? cli.get("unknown") : TerminalText.line(t.in(lang));
    }

    private static int width(List<String> ids) {
        return Columns.widest(ids);
    }

    private static String pad(String id, int width) {
        return Columns.pad(TerminalText.line(id), width);
    }
}
