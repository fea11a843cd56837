package kumo.adapters.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

import kumo.application.records.ImportSummary;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreException;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kumo store export|import|backup}: the whole store as one JSON document, or a copy of its file. */
final class StoreFileCommands {

    private StoreFileCommands() {
    }

    /** {@code store export FILE|-}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Export extends StoreCommand {

        @Parameters(index = "0", paramLabel = "FILE|-")
        String file;

        private Path target;

        Export(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            if (RequestInput.STDIN.equals(file)) {
                return null;
            }
            target = newFile(this, file);
            return target == null ? ExitCodes.BAD_INPUT : null;
        }

        @Override
        int run(StoreSession session) {
            if (target == null) {
                out.flush();
                session.exportStore().exportTo(context.stdout());
                context.stdout().flush();
                return ExitCodes.ELIGIBLE;
            }
            // written as a new file (NewFiles): never over an existing one, nothing left behind on failure
            session.exportStore().exportTo(target);
            out.println(cli.get("exported", file, session.location()));
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code store import FILE|-}. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Import extends StoreCommand {

        @Parameters(index = "0", paramLabel = "FILE|-")
        String file;

        @Option(names = "--public-key", paramLabel = "PUBLIC_KEY_FILE")
        List<String> publicKeyFiles;

        private List<PublicKey> keys;

        Import(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            keys = AnchorCommands.publicKeys(this, publicKeyFiles);
            if (keys == null) {
                return ExitCodes.BAD_INPUT;
            }
            if (RequestInput.STDIN.equals(file)) {
                return null;
            }
            Path path = path(file);
            if (path == null || !Files.exists(path)) {
                return problems.input(cli.get("error.fileNotFound", file));
            }
            if (!Files.isRegularFile(path)) {
                return problems.input(cli.get("error.notAFile", file));
            }
            if (!Files.isReadable(path)) {
                return problems.input(cli.get("error.unreadable", file, cli.get("error.accessDenied")));
            }
            return null;
        }

        @Override
        int run(StoreSession session) {
            ImportSummary summary;
            if (RequestInput.STDIN.equals(file)) {
                summary = session.importStore().importFrom(context.stdin(), keys);
            } else {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)))) {
                    summary = session.importStore().importFrom(in, keys);
                } catch (IOException e) {
                    return problems.input(cli.get("error.unreadable", file, reason(e)));
                }
            }
            out.println(cli.get("imported", inputName(), session.location(), summary.services(), summary.systems(),
                    summary.assessments(), summary.auditEvents()));
            out.println(summary.checkpointsProven() ? cli.get("imported.proven", summary.checkpoints())
                    : cli.get("imported.notProven", summary.checkpoints()));
            return ExitCodes.ELIGIBLE;
        }

        @Override
        String inputName() {
            return RequestInput.STDIN.equals(file) ? cli.get("error.stdin") : file;
        }
    }

    /** {@code store backup PATH}. */
    @Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Backup extends StoreCommand {

        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        private Path target;

        Backup(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            target = newFile(this, path);
            return target == null ? ExitCodes.BAD_INPUT : null;
        }

        @Override
        int run(StoreSession session) {
            session.backupStore().backupTo(target);
            out.println(cli.get("backedUp", session.location(), path));
            return ExitCodes.ELIGIBLE;
        }
    }

    /**
     * The path of a file to create, or {@code null} after saying why it cannot be (exists — a link too —, no such
     * folder), checked before the store is opened; the use case checks again when it writes.
     */
    static Path newFile(StoreCommand command, String name) {
        return newFile(command.cli, command.problems, name);
    }

    /**
     * The path of a file to write as a new file, or {@code null} after saying why it cannot be (not a path here,
     * something already at it — a dangling link too —, no such folder): the early check of {@link NewFiles}.
     */
    static Path newFile(CliTexts cli, Problems problems, String name) {
        Path path = path(name);
        if (path == null) {
            problems.input(cli.get("error.cannotWrite", name, cli.get("unknown")));
            return null;
        }
        StoreException refused = NewFiles.refusal(path);
        if (refused != null) {
            problems.error(refused.text().in(cli.language()));
            return null;
        }
        return path;
    }

    /** The path named, or {@code null} when it cannot be one on this system. */
    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }


    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
