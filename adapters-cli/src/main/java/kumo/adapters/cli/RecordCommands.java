package kumo.adapters.cli;

import java.time.LocalDate;
import java.util.List;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.Page;
import kumo.application.records.ProfileRecord;
import kumo.application.records.RecordIds;
import kumo.application.records.StoreException;
import kumo.application.records.exchange.RecordDocuments;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo service save|list|show} and {@code kumo system save|list|show|delete}: the catalogue of cloud
 * services and the systems, each row a profile under a key with a version (optimistic locking).
 */
final class RecordCommands {

    static final List<String> TEXT_JSON = List.of("text", "json");

    private RecordCommands() {
    }

    /** {@code save FILE [--id ID] [--expect-version N]}. */
    @Command(name = "save", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Save<R extends ProfileRecord<P>, P> extends StoreCommand {

        @Parameters(index = "0", paramLabel = "FILE")
        String file;

        @Option(names = "--id", paramLabel = "ID")
        String id;

        @Option(names = "--expect-version", paramLabel = "N")
        Long expectVersion;

        @Mixin
        Options.ActorOption actorOption;

        private final RecordKind<R, P> kind;
        private ProfileInput.Parsed<P> parsed;
        private Actor actor;

        Save(Context context, RecordKind<R, P> kind) {
            super(context);
            this.kind = kind;
        }

        @Override
        Integer prepare() {
            if (expectVersion != null && expectVersion < 1) {
                return usage(cli.get("error.tooSmall", "--expect-version", expectVersion, 1));
            }
            if (id != null) {
                try {
                    RecordIds.check(id, "--id");
                } catch (StoreException e) {
                    return usage(e.text().in(cli.language()));
                }
            }
            actor = actor(actorOption.name);
            if (actor == null) {
                return ExitCodes.BAD_INPUT;
            }
            RequestInput input = new RequestInput(cli, context.stdin());
            byte[] bytes = input.readOrReport(file, problems);
            if (bytes == null) {
                return ExitCodes.BAD_INPUT;
            }
            try {
                parsed = ProfileInput.read(bytes, kind, context.wiring().get().documents());
            } catch (InvalidDocumentException e) {
                return problems.invalid(input.name(file), e, "error.invalidInput");
            }
            return null;
        }

        @Override
        int run(StoreSession session) {
            String key = id != null ? id : parsed.id();
            Long version = expectVersion != null ? expectVersion : parsed.version();
            RecordKind.Stored<P> saved = kind.stored(kind.save(session, key, parsed.profile(), version, actor));
            out.println(cli.get(saved.version() == 1 ? "saved.created" : "saved.updated",
                    cli.get(kind.textKey()), saved.id(), saved.version()));
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code list [--page N] [--page-size N] [--format text|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class ListRows<R extends ProfileRecord<P>, P> extends StoreCommand {

        @Mixin
        Options.Paging paging;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;

        private final RecordKind<R, P> kind;

        ListRows(Context context, RecordKind<R, P> kind) {
            super(context);
            this.kind = kind;
        }

        @Override
        Integer prepare() {
            Integer stop = textOrJson(format);
            if (stop != null) {
                return stop;
            }
            String problem = paging.problem(cli);
            return problem == null ? null : usage(problem);
        }

        @Override
        int run(StoreSession session) {
            Page<R> page = kind.list(session, paging.request());
            List<RecordKind.Stored<P>> rows = page.items().stream().map(kind::stored).toList();
            if (shape.equals("json")) {
                out.println(context.wiring().get().documents().write(RecordDocuments.Listing.of(kind.listType(), page,
                        rows.stream().map(kind::document).toList())));
                return ExitCodes.ELIGIBLE;
            }
            for (RecordKind.Stored<P> row : rows) {
                out.println(cli.get("row.line", row.id(), row.version(), time(row.updatedAt()), row.updatedBy(),
                        nameAndOwner(kind, row.profile())));
            }
            pageFooter(page);
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code show ID [--format text|json]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Show<R extends ProfileRecord<P>, P> extends StoreCommand {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;

        private final RecordKind<R, P> kind;

        Show(Context context, RecordKind<R, P> kind) {
            super(context);
            this.kind = kind;
        }

        @Override
        Integer prepare() {
            return textOrJson(format);
        }

        @Override
        int run(StoreSession session) {
            var found = kind.find(session, id);
            if (found.isEmpty()) {
                return problems.input(cli.get("error.notStored", cli.get(kind.textKey()), id));
            }
            RecordKind.Stored<P> row = kind.stored(found.get());
            var documents = context.wiring().get().documents();
            if (shape.equals("json")) {
                out.println(documents.write(kind.document(row)));
                return ExitCodes.ELIGIBLE;
            }
            out.println(cli.get("row.title", cli.get(kind.textKey()), row.id()));
            out.println("  " + cli.get("row.version", row.version()));
            out.println("  " + cli.get("row.updated", time(row.updatedAt()), row.updatedBy()));
            out.println("  " + cli.get("row.name", nameAndOwner(kind, row.profile())));
            if (row.profile() instanceof CloudServiceProfileDto service) {
                evidence(session, service);
            }
            out.println("  " + cli.get("row.profile"));
            out.println(TerminalText.json(documents.write(row.profile())));
            return ExitCodes.ELIGIBLE;
        }

        /** The service's dated evidence and how each piece stands today. */
        private void evidence(StoreSession session, CloudServiceProfileDto service) {
            LocalDate today = today();
            List<AssessmentIndex.EvidenceExpiry> evidence = session.showProfile().evidenceOf(service);
            out.println("  " + cli.get("row.evidence", today, evidence.size()));
            for (AssessmentIndex.EvidenceExpiry e : evidence) {
                out.println("    " + cli.get("row.evidence.line", e.expiresOn(), evidenceState(today, e.expiresOn()),
                        evidenceKind(e.kind()), e.reference()));
            }
        }
    }

    /** {@code system delete ID --reason TEXT [--expect-version N]}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Delete extends StoreCommand {

        /** The longest reason accepted. */
        static final int MAX_REASON = 1000;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--reason", paramLabel = "TEXT", required = true)
        String reason;

        @Option(names = "--expect-version", paramLabel = "N")
        Long expectVersion;

        @Mixin
        Options.ActorOption actorOption;

        private Actor actor;

        Delete(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            if (reason.isBlank() || reason.length() > MAX_REASON) {
                return usage(cli.get("error.badReason", MAX_REASON));
            }
            if (expectVersion != null && expectVersion < 1) {
                return usage(cli.get("error.tooSmall", "--expect-version", expectVersion, 1));
            }
            actor = actor(actorOption.name);
            return actor == null ? ExitCodes.BAD_INPUT : null;
        }

        @Override
        int run(StoreSession session) {
            var deleted = session.deleteSystem().delete(id, expectVersion, reason, actor);
            out.println(cli.get("deleted", deleted.systemId(), deleted.version(), deleted.assessments(),
                    deleted.event().seq()));
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code name / provider} (or department), or what of it is known. */
    static <P> String nameAndOwner(RecordKind<?, P> kind, P profile) {
        String name = kind.name(profile);
        String owner = kind.owner(profile);
        if (name == null && owner == null) {
            return "—";
        }
        if (owner == null) {
            return name;
        }
        return (name == null ? "—" : name) + " / " + owner;
    }
}
