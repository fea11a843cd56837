package kumo.application.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Writes a file that must be new — an export, a backup, a new store: the one place that decides how.
 *
 * <ol>
 *   <li>An existing target is refused, whatever it is: a file, a folder, a symbolic link (a dangling one too: it is
 *       never followed). A missing folder is refused.</li>
 *   <li>The content is written into a temporary file <em>beside</em> the target (same folder, so same disk),
 *       created with {@code CREATE_NEW} under an unguessable name ({@code .NAME.<128 random bits>.part}), then
 *       flushed to the disk ({@code fsync}).</li>
 *   <li>It is put in place with a hard link from the target's name, which fails when the target exists (unlike a
 *       rename, which on POSIX replaces it): a target created meanwhile by someone else is left untouched and the
 *       write is refused. On a file system without hard links the content is copied into the target opened with
 *       {@code CREATE_NEW} (still never replacing anything; the copy is then visible while it is written).</li>
 *   <li>The temporary file is removed in every case: a failed write leaves nothing behind, neither the temporary
 *       file nor an empty target.</li>
 * </ol>
 *
 * <p>Failures are {@link StoreException}s: {@code NOT_EMPTY} (the target exists or appeared), {@code INVALID}
 * (no folder, cannot be written), {@code TARGET_FULL} (the disk of the target's folder is full: named in the
 * message). A {@link StoreException} of the content itself (the store could not be read) passes unchanged,
 * except a {@code FULL} one, which while writing the target means the target's disk. File-system operations go
 * through {@link Steps}, which tests replace to fill the disk or to create the target mid-way.
 */
public final class NewFiles {

    /** Writes the content into {@code file}, an empty file created for it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** The file-system operations a write is made of; {@link #STANDARD} is the real one. */
    public interface Steps {

        /** Creates {@code file}, which must not exist (atomic create-exclusive, links not followed). */
        void createNew(Path file) throws IOException;

        /** Flushes {@code file}'s content to the disk. */
        void force(Path file) throws IOException;

        /**
         * Creates {@code target} as a hard link to {@code existing}.
         *
         * @throws FileAlreadyExistsException    when {@code target} exists (also a link: never followed)
         * @throws UnsupportedOperationException when the file system has no hard links
         */
        void link(Path target, Path existing) throws IOException;

        /** Copies {@code source} into {@code target}, created with {@code CREATE_NEW}, then flushes it. */
        void copyNew(Path source, Path target) throws IOException;

        /** Deletes {@code file} if it exists. */
        void delete(Path file) throws IOException;

        /** Flushes the folder's entries (best effort: not every system can). */
        void forceFolder(Path folder);

        /** The disk that holds {@code folder}, for a full disk's message. */
        FileStore store(Path folder) throws IOException;
    }

    /** The real file system. */
    public static final Steps STANDARD = new Standard();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_CHARS_IN_TEMPORARY = 40;

    private final Steps steps;

    /** On the real file system. */
    public NewFiles() {
        this(STANDARD);
    }

    /** With these steps (tests). */
    public NewFiles(Steps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * Why {@code target} cannot be written as a new file, checked before any work (it exists, even as a dangling
     * link; its folder is missing), or {@code null}. {@link #write} checks again: this is for refusing early.
     */
    public static StoreException refusal(Path target) {
        Path file = target.toAbsolutePath();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return StoreTexts.error(StoreException.Reason.NOT_EMPTY, "file.exists", target);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return StoreTexts.error(StoreException.Reason.INVALID, "file.noFolder", target);
        }
        return null;
    }

    /**
     * Writes {@code target} as a new file with what {@code content} writes.
     *
     * @throws StoreException NOT_EMPTY, INVALID or TARGET_FULL as above; nothing is left behind
     */
    public void write(Path target, Content content) {
        Objects.requireNonNull(content, "content");
        StoreException refused = refusal(Objects.requireNonNull(target, "target"));
        if (refused != null) {
            throw refused;
        }
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path temporary = folder.resolve(temporaryName(file.getFileName().toString()));
        boolean created = false;
        try {
            steps.createNew(temporary);
            created = true;
            content.writeTo(temporary);
            steps.force(temporary);
            putInPlace(target, file, temporary);
            steps.forceFolder(folder);
        } catch (FileAlreadyExistsException e) {
            throw StoreTexts.error(StoreException.Reason.NOT_EMPTY, e, "file.appeared", target);
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, folder, e);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.FULL) {
                throw full(target, folder, e);
            }
            throw e;
        } finally {
            if (created) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Links the target to the temporary file; without hard links, copies into a new target. */
    private void putInPlace(Path target, Path file, Path temporary) throws IOException {
        try {
            steps.link(file, temporary);
            return;
        } catch (UnsupportedOperationException e) {
            // no hard links at all on this file system: copy below
        } catch (FileSystemException e) {
            if (e instanceof FileAlreadyExistsException || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            if (isFull(e)) {
                throw e;
            }
            // EPERM, ENOTSUP, EMLINK…: this file system refuses the link; copy below
        }
        steps.copyNew(temporary, file);
    }

    private StoreException failure(Path target, Path folder, Exception e) {
        if (isFull(e) || usableSpace(folder) == 0) {
            return full(target, folder, e);
        }
        return StoreTexts.error(StoreException.Reason.INVALID, e, "file.cannotWrite", target, reason(e));
    }

    private StoreException full(Path target, Path folder, Exception e) {
        String disk;
        try {
            disk = String.valueOf(steps.store(folder));
        } catch (IOException | RuntimeException unknown) {
            disk = folder.toString();
        }
        return StoreTexts.error(StoreException.Reason.TARGET_FULL, e, "file.full", target, folder, disk);
    }

    private long usableSpace(Path folder) {
        try {
            return steps.store(folder).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Whether a failure says the disk (or the user's quota) is full: ENOSPC, EDQUOT. */
    static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** {@code .NAME.<32 hex digits>.part}, the name cut so that the whole stays within file-name limits. */
    static String temporaryName(String name) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String shown = name.codePointCount(0, name.length()) > NAME_CHARS_IN_TEMPORARY
                ? name.substring(0, name.offsetByCodePoints(0, NAME_CHARS_IN_TEMPORARY)) : name;
        return "." + shown + "." + HexFormat.of().formatHex(random) + ".part";
    }

    private void deleteQuietly(Path temporary) {
        try {
            steps.delete(temporary);
        } catch (IOException | RuntimeException e) {
            // the write's own outcome is what is reported; a leftover is named .part and is harmless
        }
    }

    /** The real file system: {@code java.nio.file}. */
    private static final class Standard implements Steps {

        @Override
        public void createNew(Path file) throws IOException {
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS).close();
        }

        @Override
        public void force(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                channel.force(true);
            }
        }

        @Override
        public void link(Path target, Path existing) throws IOException {
            Files.createLink(target, existing);
        }

        @Override
        public void copyNew(Path source, Path target) throws IOException {
            boolean done = false;
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);
                        OutputStream o = java.nio.channels.Channels.newOutputStream(out)) {
                    in.transferTo(o);
                    out.force(true);
                    done = true;
                } finally {
                    if (!done) {
                        // created by this call (CREATE_NEW): ours to remove
                        Files.deleteIfExists(target);
                    }
                }
            }
        }

        @Override
        public void delete(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public void forceFolder(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                // not every system lets a folder be opened and flushed; the file itself is on the disk
            }
        }

        @Override
        public FileStore store(Path folder) throws IOException {
            return Files.getFileStore(folder);
        }
    }
}
