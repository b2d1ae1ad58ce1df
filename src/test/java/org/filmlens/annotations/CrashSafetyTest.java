package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.storage.VersionedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations survive a process killed mid-save, and two writers at once lose nothing. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnnotationSurvivesAKillInTheMiddleOfSaving() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            Process p = AnnotatingProcess.start(dir, -1, "round" + round);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (int seen = 0; seen < 15; seen++) {
                String line = out.readLine();
                assertTrue(line != null, "the writer process stopped early");
                acknowledged.add(line);
            }
            p.destroyForcibly(); // the writer is already in its next save
            p.waitFor();

            byte[] raw = Files.readAllBytes(dir.resolve(AnnotationStore.FILE));
            StoredAnnotations onDisk = VersionedJson.parse(dir.resolve(AnnotationStore.FILE), raw,
                    StoredAnnotations.class, StoredAnnotations.VERSION, Map.of());
            Set<String> ids = new HashSet<>();
            onDisk.annotations().forEach(a -> ids.add(a.id()));
            assertTrue(ids.containsAll(acknowledged), "lost after kill " + round + ": "
                    + acknowledged.stream().filter(id -> !ids.contains(id)).toList());

            AnnotationStore reopened = AnnotationStore.open(dir);
            assertTrue(reopened.notices().isEmpty(), "the file was never damaged: " + reopened.notices());
            assertTrue(reopened.list().stream().map(Annotation::id).toList().containsAll(acknowledged));
        }
    }

    @Test
    void twoStoresInTwoThreadsLoseNothing() throws Exception {
        AnnotationStore one = AnnotationStore.open(dir);
        AnnotationStore two = AnnotationStore.open(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "annotation-writer"));
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (AnnotationStore store : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        Annotation a = store.add(AnnotationTarget.scene("s" + i), "n" + i, List.of(), null);
                        ids.add(a.id());
                        if (i % 5 == 0) {
                            store.apply(new AnnotationEdit.SetTags(a.id(), List.of("edited")));
                        }
                    }
                    return ids;
                }));
            }
            Set<String> expected = new HashSet<>();
            for (Future<List<String>> f : runs) {
                expected.addAll(f.get());
            }
            List<Annotation> all = AnnotationStore.open(dir).list();
            assertEquals(50, all.size());
            assertEquals(expected, new HashSet<>(all.stream().map(Annotation::id).toList()));
            assertEquals(10, all.stream().filter(a -> a.hasTag("edited")).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesAtOnceLoseNothing() throws Exception {
        Process a = AnnotatingProcess.start(dir, 20, "left");
        Process b = AnnotatingProcess.start(dir, 20, "right");
        Set<String> acknowledged = new HashSet<>();
        for (Process p : List.of(a, b)) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            List<String> lines = out.lines().toList();
            assertEquals("done", lines.get(lines.size() - 1));
            acknowledged.addAll(lines.subList(0, lines.size() - 1));
        }
        List<Annotation> all = AnnotationStore.open(dir).list();
        assertEquals(40, acknowledged.size());
        assertEquals(acknowledged, new HashSet<>(all.stream().map(Annotation::id).toList()));
        assertEquals(20, all.stream().filter(x -> x.hasTag("left")).count());
    }
}
