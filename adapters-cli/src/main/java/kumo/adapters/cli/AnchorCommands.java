package kumo.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kumo.application.records.StoreException;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.Checkpoint;
import kumo.application.records.audit.CheckpointKeys;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.audit.RecordedHead;
import kumo.application.records.exchange.CheckpointFiles;
import kumo.application.records.port.in.CheckpointAuditUseCase;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kumo audit checkpoint|head|keygen} and the checkpoint part of {@code audit verify} and {@code store
 * import}: the anchor of the audit chain that the store cannot rewrite (logic: {@code
 * kumo.application.records.audit.Checkpoints}). Key files and checkpoint files are read here, small and bounded,
 * and written as new files only (never over an existing file or through a symbolic link); the private key is
 * created readable by its owner only.
 */
final class AnchorCommands {

    /** The most bytes a key file may have (an Ed25519 PEM is about 120). */
    static final int MAX_KEY_BYTES = 64 * 1024;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AnchorCommands() {
    }

    /** {@code audit checkpoint --key FILE [--out FILE] [--format text|json]}. */
    @Command(name = "checkpoint", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Sign extends StoreCommand {

        @Option(names = "--key", paramLabel = "PRIVATE_KEY_FILE", required = true)
        String keyFile;

        @Option(names = "--out", paramLabel = "FILE")
        String outFile;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;

        private PrivateKey key;
        private Path target;

        Sign(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            Integer stop = textOrJson(format);
            if (stop != null) {
                return stop;
            }
            if (outFile != null) {
                target = newFile(this, outFile);
                if (target == null) {
                    return ExitCodes.BAD_INPUT;
                }
            }
            String pem = readKey(this, keyFile);
            if (pem == null) {
                return ExitCodes.BAD_INPUT;
            }
            try {
                key = CheckpointKeys.privateKey(pem, keyFile);
            } catch (StoreException e) {
                return problems.input(e.text().in(cli.language()));
            }
            warnIfShared(this, keyFile);
            return null;
        }

        @Override
        int run(StoreSession session) {
            CheckpointAuditUseCase.Signed signed = session.checkpointAudit().checkpoint(key);
            if (signed.checkpoint() == null) {
                err.println(TerminalText.line(cli.get("checkpoint.chainBroken")));
                return AuditCommands.printChain(this, signed.chain(), session);
            }
            Checkpoint c = signed.checkpoint();
            String document = CheckpointFiles.write(c);
            if (shape.equals("json")) {
                out.print(document);
            } else {
                out.println(cli.get("checkpoint.signed", c.seq(), RecordedHead.of(new AuditHead(c.seq(),
                        c.headHash())), time(c.signedAt()), session.location()));
            }
            if (target != null) {
                try {
                    writeNew(target, document.getBytes(StandardCharsets.UTF_8), null);
                } catch (IOException e) {
                    // stored already: say so, and why the file is missing
                    return problems.input(cli.get("checkpoint.notWritten", outFile, reason(cli, e)));
                }
                if (shape.equals("text")) {
                    out.println(cli.get("checkpoint.written", outFile));
                }
            }
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code audit head [--format text|json]}. */
    @Command(name = "head", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Head extends StoreCommand {

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;


        Head(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            return textOrJson(format);
        }

        @Override
        int run(StoreSession session) {
            Optional<AuditHead> head = session.showAuditHead().head();
            if (shape.equals("json")) {
                out.println(context.wiring().get().documents().write(new HeadDocument("audit-head/1",
                        head.map(AuditHead::seq).orElse(0L), head.map(AuditHead::hash).orElse(null),
                        head.map(h -> RecordedHead.of(h).toString()).orElse(null))));
            } else if (head.isEmpty()) {
                out.println(cli.get("head.none", session.location()));
            } else {
                out.println(cli.get("head.line", head.get().seq(), RecordedHead.of(head.get()), session.location()));
            }
            return ExitCodes.ELIGIBLE;
        }
    }

    /** What {@code audit head --format json} prints. */
    record HeadDocument(String kumo, long seq, String hash, String recorded) {
    }

    /** {@code audit keygen --private FILE --public FILE}: no store is opened. */
    @Command(name = "keygen", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Keygen extends KumoCommand {

        @Option(names = "--private", paramLabel = "FILE", required = true)
        String privateFile;

        @Option(names = "--public", paramLabel = "FILE", required = true)
        String publicFile;

        @Override
        Integer execute() {
            Path privatePath = newFile(cli, problems, privateFile);
            Path publicPath = privatePath == null ? null : newFile(cli, problems, publicFile);
            if (privatePath == null || publicPath == null) {
                return ExitCodes.BAD_INPUT;
            }
            if (privatePath.toAbsolutePath().normalize().equals(publicPath.toAbsolutePath().normalize())) {
                return problems.usage(spec.qualifiedName(), cli.get("keygen.sameFile", privateFile));
            }
            KeyPair pair = CheckpointKeys.generate();
            try {
                writeNew(privatePath, CheckpointKeys.pem(pair.getPrivate()).getBytes(StandardCharsets.US_ASCII),
                        OWNER_ONLY);
            } catch (IOException e) {
                return problems.input(cli.get("error.cannotWrite", privateFile, reason(cli, e)));
            }
            try {
                writeNew(publicPath, CheckpointKeys.pem(pair.getPublic()).getBytes(StandardCharsets.US_ASCII), null);
            } catch (IOException e) {
                deleteQuietly(privatePath);
                return problems.input(cli.get("error.cannotWrite", publicFile, reason(cli, e)));
            }
            out.println(TerminalText.line(cli.get("keygen.done", privateFile, publicFile)));
            out.println(TerminalText.line(cli.get("keygen.advice")));
            out.flush();
            return ExitCodes.ELIGIBLE;
        }
    }

    // ---------------------------------------------------------------- shared with audit verify and store import

    /**
     * The public keys in {@code files}, or {@code null} after saying why one cannot be used (exit 2).
     */
    static List<PublicKey> publicKeys(StoreCommand command, List<String> files) {
        List<PublicKey> keys = new ArrayList<>();
        for (String file : files == null ? List.<String>of() : files) {
            String pem = readKey(command, file);
            if (pem == null) {
                return null;
            }
            try {
                keys.add(CheckpointKeys.publicKey(pem, file));
            } catch (StoreException e) {
                command.problems.input(e.text().in(command.cli.language()));
                return null;
            }
        }
        return keys;
    }

    /** The checkpoints in {@code files}, or {@code null} after saying why one cannot be read (exit 2). */
    static List<Checkpoints.Located> checkpointFiles(StoreCommand command, List<String> files) {
        List<Checkpoints.Located> checkpoints = new ArrayList<>();
        for (String file : files == null ? List.<String>of() : files) {
            byte[] bytes = readSmall(command, file, CheckpointFiles.MAX_BYTES);
            if (bytes == null) {
                return null;
            }
            try {
                checkpoints.add(new Checkpoints.Located(CheckpointFiles.read(bytes, file), file));
            } catch (StoreException e) {
                command.problems.input(e.text().in(command.cli.language()));
                return null;
            }
        }
        return checkpoints;
    }

    /**
     * Prints what the checkpoints and a recorded head say about the chain: proven up to which event, what does not
     * hold, or that nothing was checked against a checkpoint (no key).
     *
     * @return whether everything checked holds
     */
    static boolean printAnchor(StoreCommand command, CheckpointVerification v, Optional<RecordedHead> recorded) {
        CliTexts cli = command.cli;
        java.io.PrintWriter out = command.out;
        if (!v.keyGiven()) {
            out.println(cli.get("anchor.notChecked", v.checked()));
        } else if (v.anchoredAt() > 0) {
            out.println(cli.get("anchor.proven", v.genuine(), v.checked(), v.anchoredAt()));
        } else if (v.holds()) {
            out.println(cli.get("anchor.nothingToProve", v.checked()));
        }
        boolean recordedBroken = v.problems().stream().anyMatch(p -> p.kind().startsWith("RECORDED_HEAD"));
        if (recorded.isPresent() && !recordedBroken) {
            out.println(cli.get("anchor.recordedHolds", recorded.get()));
        }
        if (v.holds()) {
            return true;
        }
        out.println(cli.get("anchor.broken", v.problems().size()));
        for (AuditVerification.Problem p : v.problems()) {
            out.println("  " + cli.get("audit.problem", p.table(), p.key(), p.kind(), p.text().in(cli.language())));
        }
        return false;
    }

    // ---------------------------------------------------------------- files

    private static String readKey(StoreCommand command, String file) {
        byte[] bytes = readSmall(command, file, MAX_KEY_BYTES);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A small file's bytes, or {@code null} after saying why it cannot be read (exit 2). */
    private static byte[] readSmall(StoreCommand command, String name, int max) {
        CliTexts cli = command.cli;
        Path path = path(name);
        if (path == null || !Files.exists(path)) {
            command.problems.input(cli.get("error.fileNotFound", name));
            return null;
        }
        if (!Files.isRegularFile(path)) {
            command.problems.input(cli.get("error.notAFile", name));
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                command.problems.input(cli.get("error.unreadable", name, cli.get("error.tooLarge")));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            command.problems.input(cli.get("error.unreadable", name, Files.isReadable(path) ? reason(cli, e)
                    : cli.get("error.accessDenied")));
            return null;
        }
    }

    /** Says so (without stopping) when a private key file can be read by others than its owner. */
    private static void warnIfShared(StoreCommand command, String name) {
        Path path = path(name);
        PosixFileAttributeView view = path == null ? null
                : Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                command.err.println(TerminalText.line(command.cli.get("checkpoint.keyShared", name)));
            }
        } catch (IOException e) {
            // the key was read: its permissions only matter for the warning
        }
    }

    private static Path newFile(StoreCommand command, String name) {
        return StoreFileCommands.newFile(command, name);
    }

    private static Path newFile(CliTexts cli, Problems problems, String name) {
        return StoreFileCommands.newFile(cli, problems, name);
    }

    /**
     * Writes {@code bytes} to a file that must not exist yet ({@code CREATE_NEW}: an existing file or symbolic link,
     * even a dangling one, is refused and left as it is), with {@code permissions} from its creation when the file
     * system has them; a file that could not be written completely is removed.
     */
    static void writeNew(Path path, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = Files.getFileAttributeView(path.toAbsolutePath().getParent(), PosixFileAttributeView.class)
                != null;
        FileAttribute<?>[] attributes = permissions != null && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
        OutputStream o = Channels.newOutputStream(Files.newByteChannel(path, options, attributes));
        try (o) {
            o.write(bytes);
        } catch (IOException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    private static Path path(String name) {
        return StoreFileCommands.path(name);
    }

    private static String reason(CliTexts cli, Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return cli.get("file.exists");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing more can be done; the message names the file
        }
    }
}
