package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.UnsupportedFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
    @TempDir
    Path dir;

    private final Corpus corpus = TestCorpus.create()
            .source("a", "https://example.org/a", "First paragraph about the ending.\n\nSecond paragraph, on the "
                    + "letter she writes.")
            .build();

    private AnnotationTarget whole(String passageId) throws AnnotationException {
        return new AnnotationTargets(corpus, org.filmlens.corpus.Analysis.empty()).passageSpan(passageId, null, null);
    }

    @Test
    void everyOperationIsSavedAtOnceAndReadBackByAFreshStore() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(whole("a-p0"), "the ending is hopeful", List.of("ending", "hope"), null);
        Annotation b = store.add(whole("a-p1"), "the letter", List.of("Letter"), AnnotationStance.AGREE);
        store.apply(new AnnotationEdit.SetNote(a.id(), "the ending is bittersweet"));
        store.apply(new AnnotationEdit.SetTags(b.id(), List.of("letter", "writing", " ", "LETTER")));

        AnnotationStore other = AnnotationStore.open(dir);
        List<Annotation> all = other.list();
        assertEquals(2, all.size());
        assertEquals("the ending is bittersweet", other.get(a.id()).orElseThrow().note());
        assertEquals(List.of("letter", "writing"), other.get(b.id()).orElseThrow().tags());
        assertEquals(AnnotationStance.AGREE, other.get(b.id()).orElseThrow().stance());
        assertEquals(List.of(a.id()), other.list("ENDING").stream().map(Annotation::id).toList());
        assertEquals("First paragraph about the ending.", all.get(0).target().exact());

        other.delete(a.id());
        assertEquals(List.of(b.id()), store.list().stream().map(Annotation::id).toList());
        assertTrue(store.notices().isEmpty());
    }

    @Test
    void anIdHeldTwiceKeepsBothAnnotationsTheLaterUnderANewId() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(whole("a-p0"), "first note", List.of(), null);
        store.add(whole("a-p1"), "second note", List.of(), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        // a hand edit or a merge of two copies: the second annotation now carries the first one's id
        String json = Files.readString(file);
        String secondId = store.list().get(1).id();
        Files.writeString(file, json.replace(secondId, a.id()));

        AnnotationStore again = AnnotationStore.open(dir);
        List<Annotation> all = again.list();
        assertEquals(2, all.size());
        assertEquals(List.of("first note", "second note"), all.stream().map(Annotation::note).toList());
        assertEquals(a.id(), all.get(0).id());
        assertFalse(all.get(1).id().equals(a.id()));
        assertEquals(all, AnnotationStore.open(dir).list(), "the new id is saved, the same on every read");
        assertTrue(again.notices().stream().anyMatch(n -> n.message().contains("twice")), again.notices().toString());
    }

    @Test
    void theBackupHoldsThePreviousGoodVersion() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(whole("a-p0"), "one", List.of(), null);
        assertFalse(Files.exists(dir.resolve(AnnotationStore.BACKUP)), "no previous version yet");
        store.add(whole("a-p1"), "two", List.of(), null);
        String backup = Files.readString(dir.resolve(AnnotationStore.BACKUP));
        assertTrue(backup.contains(a.id()) && !backup.contains("\"two\""), backup);
    }

    @Test
    void garbageFileIsSetAsideAndTheBackupRestoredWithANotice() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(whole("a-p0"), "kept in the backup", List.of(), null);
        store.add(whole("a-p1"), "only in the main file", List.of(), null);
        byte[] garbage = "{\"formatVersion\":1,\"annotations\":[ }} garbage".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(AnnotationStore.FILE), garbage);

        AnnotationStore reopened = AnnotationStore.open(dir);
        assertEquals(List.of(a.id()), reopened.list().stream().map(Annotation::id).toList());
        assertEquals(1, reopened.notices().size());
        StoreNotice notice = reopened.notices().get(0);
        assertEquals(StoreNotice.Kind.RESTORED_FROM_BACKUP, notice.kind());
        assertTrue(notice.message().contains("damaged"), notice.message());
        List<Path> aside = damagedFiles();
        assertEquals(1, aside.size());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(aside.get(0))), "damaged file kept untouched");
    }

    @Test
    void anAnnotationThatCannotBeReadIsSetAsideAndTheOthersKeptNewestIncluded() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation first = store.add(whole("a-p0"), "first", List.of(), null);
        store.add(whole("a-p1"), "edited by hand", List.of("x"), null);
        Annotation newest = store.add(whole("a-p1"), "newest, not in the backup", List.of("new"), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\\[\\s*\"x\"\\s*]", "\"x\""));

        AnnotationStore reopened = AnnotationStore.open(dir);
        assertEquals(List.of(first.id(), newest.id()), reopened.list().stream().map(Annotation::id).toList());
        StoreNotice notice = reopened.notices().get(0);
        assertEquals(StoreNotice.Kind.DAMAGED_ENTRIES_SET_ASIDE, notice.kind());
        assertTrue(notice.message().contains("annotation 2") && notice.message().contains("\"tags\" should hold a list"),
                notice.message());
        assertEquals(1, damagedFiles().size(), "the file as it was is kept");
        assertTrue(Files.readString(damagedFiles().get(0)).contains("edited by hand"));
    }

    @Test
    void truncatedFileIsNeverReadAsEmptyNorOverwritten() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        store.add(whole("a-p0"), "first", List.of(), null);
        Annotation second = store.add(whole("a-p1"), "second", List.of(), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        byte[] full = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));

        AnnotationStore reopened = AnnotationStore.open(dir);
        Annotation third = reopened.add(whole("a-p1"), "third", List.of(), null);
        List<String> ids = reopened.list().stream().map(Annotation::id).toList();
        assertEquals(2, ids.size(), "the backup's one annotation plus the new one: " + ids);
        assertTrue(ids.contains(third.id()));
        assertFalse(ids.contains(second.id()), "second was only in the damaged file");
        assertEquals(1, damagedFiles().size());
        assertTrue(Files.readString(damagedFiles().get(0)).length() == full.length / 2);
    }

    @Test
    void anEmptyOrUnreadableBackupIsNeverRestored() throws Exception {
        Path file = dir.resolve(AnnotationStore.FILE);
        Path backup = dir.resolve(AnnotationStore.BACKUP);
        for (byte[] badBackup : List.of(new byte[0], "{\"formatVersion\":1,\"annotations\":[]}".getBytes(),
                "not json".getBytes())) {
            Files.write(file, "{\"formatVersion\":1,\"annotations\":[{\"id\":".getBytes());
            Files.write(backup, badBackup);
            AnnotationStore store = AnnotationStore.open(dir);
            assertTrue(store.list().isEmpty());
            assertEquals(StoreNotice.Kind.DAMAGED_WITHOUT_BACKUP, store.notices().get(0).kind());
            assertTrue(store.notices().get(0).message().contains("no usable backup"));
            assertTrue(java.util.Arrays.equals(badBackup, Files.readAllBytes(backup)), "backup left alone");
            assertFalse(Files.exists(file), "the damaged file was moved, nothing invented in its place");
        }
        assertEquals(3, damagedFiles().size());
    }

    @Test
    void aMissingFileComesBackFromAGoodBackup() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation a = store.add(whole("a-p0"), "one", List.of(), null);
        store.add(whole("a-p1"), "two", List.of(), null);
        Files.delete(dir.resolve(AnnotationStore.FILE));
        AnnotationStore reopened = AnnotationStore.open(dir);
        assertEquals(List.of(a.id()), reopened.list().stream().map(Annotation::id).toList());
        assertEquals(StoreNotice.Kind.MISSING_RESTORED, reopened.notices().get(0).kind());
    }

    @Test
    void aNewerFormatIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(AnnotationStore.FILE);
        String newer = "{\"formatVersion\":2,\"annotations\":[],\"somethingNew\":true}";
        Files.writeString(file, newer);
        StorageException e = assertThrows(UnsupportedFormatException.class, () -> AnnotationStore.open(dir));
        assertTrue(e.getMessage().contains("newer Filmlens"), e.getMessage());
        assertEquals(newer, Files.readString(file));
        assertTrue(damagedFiles().isEmpty());
    }

    @Test
    void trailingGarbageAfterValidJsonIsDamage() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        store.add(whole("a-p0"), "one", List.of(), null);
        store.add(whole("a-p1"), "two", List.of(), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        Files.writeString(file, Files.readString(file) + "\n{\"formatVersion\":1}");
        AnnotationStore reopened = AnnotationStore.open(dir);
        assertEquals(2, reopened.list().size(), "both whole annotations before the garbage, not the older backup");
        assertEquals(StoreNotice.Kind.DAMAGED_ENTRIES_SET_ASIDE, reopened.notices().get(0).kind());
        assertEquals(1, damagedFiles().size(), "the file as it was is kept");
    }

    @Test
    void aNullAmongTheAnnotationsIsOneUnreadableEntryNotTheEndOfTheFile() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        Annotation first = store.add(whole("a-p0"), "first", List.of(), null);
        Annotation second = store.add(whole("a-p1"), "second", List.of(), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        String json = Files.readString(file);
        int at = json.indexOf("{", json.indexOf("[")); // before the first annotation
        Files.writeString(file, json.substring(0, at) + "null, " + json.substring(at));

        AnnotationStore reopened = AnnotationStore.open(dir);
        assertEquals(List.of(first.id(), second.id()), reopened.list().stream().map(Annotation::id).toList());
        assertTrue(reopened.notices().get(0).message().contains("annotation 1: not an annotation"),
                reopened.notices().get(0).message());
    }

    @Test
    void aFileCutShortKeepsItsWholeAnnotationsWhenTheyAreMoreThanTheBackupHolds() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        store.add(whole("a-p0"), "one", List.of(), null);
        store.add(whole("a-p1"), "two", List.of(), null);
        Annotation newest = store.add(whole("a-p1"), "three, the newest", List.of(), null);
        Path file = dir.resolve(AnnotationStore.FILE);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() - 30)); // the last field and the brackets lost
        AnnotationStore reopened = AnnotationStore.open(dir);
        List<Annotation> kept = reopened.list();
        assertEquals(2, kept.size(), "the two whole annotations; the backup holds two too");
        assertTrue(reopened.notices().get(0).message().contains("cut short"), reopened.notices().get(0).message());
        assertTrue(Files.readString(damagedFiles().get(0)).contains(newest.note()), "the cut one is in the file set aside");
    }

    @Test
    void editingAnAnnotationDeletedElsewhereSaysSo() throws Exception {
        AnnotationStore one = AnnotationStore.open(dir);
        AnnotationStore two = AnnotationStore.open(dir);
        Annotation a = one.add(whole("a-p0"), "one", List.of(), null);
        two.delete(a.id());
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> one.apply(new AnnotationEdit.SetNote(a.id(), "changed")));
        assertTrue(e.getMessage().contains(a.id()));
    }

    @Test
    void spansOutsideThePassageAreRefusedWithTheOffsets() {
        AnnotationTargets targets = new AnnotationTargets(corpus, org.filmlens.corpus.Analysis.empty());
        AnnotationException e = assertThrows(AnnotationException.class, () -> targets.passageSpan("a-p0", 0, 500));
        assertTrue(e.getMessage().contains("[0,500)"), e.getMessage());
        assertThrows(AnnotationException.class, () -> targets.passageSpan("nope", null, null));
        assertThrows(AnnotationException.class, () -> targets.passageSpan("a-p0", 3, null));
    }

    @Test
    void aSpanKeepsItsTextAndContext() throws Exception {
        AnnotationTargets targets = new AnnotationTargets(corpus, org.filmlens.corpus.Analysis.empty());
        int start = corpus.source("a").orElseThrow().text().indexOf("letter");
        AnnotationTarget t = targets.passageSpan("a-p1", start, start + 6);
        assertEquals("letter", t.exact());
        assertTrue(t.prefix().endsWith("on the "), t.prefix());
        assertTrue(t.suffix().startsWith(" she writes"), t.suffix());
        assertEquals("a-p1", t.passageId());
    }

    private List<Path> damagedFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(AnnotationStore.DAMAGED_PREFIX)).toList();
        }
    }
}
