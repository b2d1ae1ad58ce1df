package org.filmlens.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmlens.analysis.EndingMapper;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Scene;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * The workspace's shelf for the ending derived before the user's edits: one file, ending-derived.json, holding the
 * last derivation put there. It is taken only for the same corpus generation (whose quotes are its corpus's) and the
 * same scenes, compared by a digest of their JSON, since a changed scene list changes the ending's passages. Writes
 * are atomic and quiet: the file is derived data, and a failed write only means deriving again at the next edit.
 */
final class EndingShelf implements KeptEnding.Shelf {
    private final Path file;

    EndingShelf(Path file) {
        this.file = file;
    }

    @Override
    public Optional<EndingMapper.Derivation> take(String generation, Corpus corpus, List<Scene> scenes) {
        if (generation.isEmpty() || !Files.isRegularFile(file)
                || !VersionedJson.leadingText(file, StoredEndingDerivation.VERSION, "generation")
                .map(generation::equals).orElse(false)) {
            return Optional.empty(); // another corpus's: not parsed
        }
        try {
            StoredEndingDerivation stored = VersionedJson.read(file, StoredEndingDerivation.class,
                    StoredEndingDerivation.VERSION, Map.of());
            if (!generation.equals(stored.generation()) || !fingerprint(scenes).equals(stored.scenes())
                    || stored.questions() == null || stored.discussing() == null) {
                return Optional.empty();
            }
            return Optional.of(EndingMapper.restore(corpus, stored.questions(), stored.discussing()));
        } catch (StorageException | RuntimeException e) {
            return Optional.empty(); // damaged, of another build's format, or not of this corpus: derived again
        }
    }

    @Override
    public void put(String generation, List<Scene> scenes, EndingMapper.Derivation derivation) {
        if (generation.isEmpty()) {
            return;
        }
        try {
            VersionedJson.write(file, new StoredEndingDerivation(StoredEndingDerivation.VERSION, generation,
                    fingerprint(scenes), derivation.discussing(), derivation.questions()));
        } catch (StorageException | RuntimeException e) {
            // derived data only: the next edit derives it again
        }
    }

    /** SHA-256 of the scenes' JSON: scenes are records of strings, numbers and lists, so their JSON is stable. */
    static String fingerprint(List<Scene> scenes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                VersionedJson.mapper().writeValue(out, scenes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot digest the scenes", e); // SHA-256 is in every JVM; no real I/O
        }
    }
}
