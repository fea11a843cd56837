package kumo.adapters.cli;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

import kumo.application.records.StoreException;

import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.audit.RecordedHead;
import kumo.application.records.port.in.ListAuditEventsUseCase;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kumo audit verify|list}: the append-only, hash-chained audit trail (checkpoints: {@link AnchorCommands}). */
final class AuditCommands {

    /** The most events one {@code audit list} shows. */
    static final int MAX_LIMIT = ListAuditEventsUseCase.MAX_EVENTS;

    private AuditCommands() {
    }

    /**
     * {@code audit verify [--public-key FILE…] [--checkpoint FILE…] [--expect-head SEQ:HEX]}: exit 0 when the chain
     * and every row it covers are intact and the chain holds against every signed checkpoint and the recorded head,
     * {@value ExitCodes#AUDIT_BROKEN} when not; each difference on its own line by table, key and kind.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Verify extends StoreCommand {

        @Option(names = "--public-key", paramLabel = "PUBLIC_KEY_FILE")
        List<String> publicKeyFiles;

        @Option(names = "--checkpoint", paramLabel = "FILE")
        List<String> checkpointFiles;

        @Option(names = "--expect-head", paramLabel = "SEQ:HEX")
        String expectHead;

        private List<PublicKey> keys;
        private List<Checkpoints.Located> kept;
        private Optional<RecordedHead> recorded = Optional.empty();

        Verify(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            if (checkpointFiles != null && !checkpointFiles.isEmpty()
                    && (publicKeyFiles == null || publicKeyFiles.isEmpty())) {
                return usage(cli.get("anchor.checkpointWithoutKey"));
            }
            if (expectHead != null) {
                try {
                    recorded = Optional.of(RecordedHead.parse(expectHead, "--expect-head"));
                } catch (StoreException e) {
                    return usage(e.text().in(cli.language()));
                }
            }
            keys = AnchorCommands.publicKeys(this, publicKeyFiles);
            if (keys == null) {
                return ExitCodes.BAD_INPUT;
            }
            kept = AnchorCommands.checkpointFiles(this, checkpointFiles);
            return kept == null ? ExitCodes.BAD_INPUT : null;
        }

        @Override
        int run(StoreSession session) {
            AuditVerification record = session.verifyAuditTrail().verify();
            CheckpointVerification anchor = session.verifyCheckpoints().verify(keys, kept, recorded);
            // a chain that agrees with itself but not with its anchors is not called intact
            int chain = printChain(this, record, session, anchor.holds());
            boolean holds = AnchorCommands.printAnchor(this, anchor, recorded);
            return chain == ExitCodes.ELIGIBLE && holds ? ExitCodes.ELIGIBLE : ExitCodes.AUDIT_BROKEN;
        }
    }

    /**
     * Prints the record's verification (the chain, the rows it covers, what it does not cover); returns 0 when
     * intact, {@value ExitCodes#AUDIT_BROKEN} when not.
     */
    static int printChain(StoreCommand command, AuditVerification v, StoreSession session) {
        return printChain(command, v, session, true);
    }

    /**
     * As {@link #printChain(StoreCommand, AuditVerification, StoreSession)}; {@code anchored}: whether the chain
     * also holds against the signed checkpoints and the recorded head (if not, an intact record is said to agree
     * only with itself, and the anchor's problems follow).
     */
    static int printChain(StoreCommand command, AuditVerification v, StoreSession session, boolean anchored) {
        CliTexts cli = command.cli;
        if (v.intact()) {
            command.out.println(cli.get(anchored ? "audit.intact" : "audit.intact.unanchored", v.eventsChecked(),
                    session.location()));
            command.out.println(cli.get("audit.rows", v.rowsChecked()));
        } else {
            command.out.println(cli.get("audit.broken", v.eventsChecked(), v.problems().size(), session.location()));
            command.out.println(cli.get("audit.rows", v.rowsChecked()));
            for (AuditVerification.Problem p : v.problems()) {
                command.out.println("  " + cli.get("audit.problem", p.table(), p.key(), p.kind(),
                        p.text().in(cli.language())));
            }
        }
        if (v.uncovered() > 0) {
            command.out.println(cli.get("audit.uncovered", v.uncovered()));
        }
        return v.intact() ? ExitCodes.ELIGIBLE : ExitCodes.AUDIT_BROKEN;
    }

    /** {@code audit list [--from SEQ] [--limit N] [--format text|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class ListEvents extends StoreCommand {

        @Option(names = "--from", paramLabel = "SEQ", defaultValue = "1")
        long from;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
        int limit;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;


        ListEvents(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            Integer stop = textOrJson(format);
            if (stop != null) {
                return stop;
            }
            if (from < 1) {
                return usage(cli.get("error.tooSmall", "--from", from, 1));
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                return usage(cli.get("error.outOfRange", "--limit", limit, 1, MAX_LIMIT));
            }
            return null;
        }

        @Override
        int run(StoreSession session) {
            List<AuditEvent> events = session.listAuditEvents().list(from, limit);
            if (shape.equals("json")) {
                out.println(context.wiring().get().documents().write(new EventsDocument("audit-events/1", events)));
                return ExitCodes.ELIGIBLE;
            }
            for (AuditEvent e : events) {
                out.println(cli.get("audit.line", e.seq(), time(e.at()), e.actor(), e.action().name(), e.entityType(),
                        e.entityId(), e.hash().substring(0, Math.min(12, e.hash().length()))));
                if (e.detail() != null) {
                    out.println("      " + cli.get("audit.detail", e.detail()));
                }
            }
            if (events.isEmpty()) {
                out.println(cli.get("audit.none", from));
            } else if (events.size() == limit) {
                out.println(cli.get("audit.next", events.get(events.size() - 1).seq() + 1));
            }
            return ExitCodes.ELIGIBLE;
        }
    }

    /** What {@code audit list --format json} prints. */
    record EventsDocument(String kumo, List<AuditEvent> events) {
    }
}
