package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list's first rows come one pulse apart, then it shows the live list, a selection made meanwhile kept. */
@ExtendWith(ApplicationExtension.class)
class FirstRowFirstTest {
    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private ListView<String> list;
    private VBox root;
    private volatile String wanted;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        root = new VBox();
        FirstRowFirst.show(list, rows, () -> wanted);
        root.getChildren().add(list);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void theFirstRowsComeOnePulseAheadOfTheRestThenTheListIsLive() throws Exception {
        List<Integer> sizesAtFilling = WaitForAsyncUtils.asyncFx(() -> {
            rows.setAll("one", "two", "three");
            return List.of(list.getItems().size());
        }).get();
        assertEquals(List.of(1), sizesAtFilling);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems() == rows);
        WaitForAsyncUtils.asyncFx(() -> rows.add("four")).get();
        assertEquals(List.of("one", "two", "three", "four"), WaitForAsyncUtils.asyncFx(() ->
                List.copyOf(list.getItems())).get());
    }

    @Test
    void aSelectionMadeWhileOneRowShowsIsKept() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            rows.setAll("one", "two", "three");
            wanted = "three";
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems() == rows);
        assertSame("three", WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().getSelectedItem()).get());
    }

    @Test
    void rowsThereAlreadyAreShownAtOnce() throws Exception {
        ObservableList<String> ready = FXCollections.observableArrayList("a", "b");
        ListView<String> other = WaitForAsyncUtils.asyncFx(() -> {
            ListView<String> l = new ListView<>();
            FirstRowFirst.show(l, ready, () -> null);
            return l;
        }).get();
        assertSame(ready, other.getItems());
    }

    @Test
    void aStepAfterTheNextPulseRunsOnceTheSceneHasLaidOut() throws Exception {
        java.util.concurrent.Callable<VBox> make = VBox::new;
        VBox later = WaitForAsyncUtils.asyncFx(make).get();
        boolean[] laidOut = new boolean[1];
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            root.getChildren().add(later);
            NextPulse.then(later, () -> {
                laidOut[0] = !later.isNeedsLayout();
                ran.countDown();
            });
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.getCount() == 0);
        assertEquals(true, laidOut[0]);
    }
}
