package org.filmlens.ui;

import static org.filmlens.ui.TestWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.ui.reader.PassageRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Words selected by dragging in the reader and annotated as they are; an annotated span's notes on hover and click. */
@ExtendWith(ApplicationExtension.class)
class ReaderTextSelectionTest {
    /** "The sea took both of them, in our reading.": the third passage of Coast Weekly. */
    private static final int PASSAGE = 2;

    @TempDir
    java.nio.file.Path dir;
    private TestWindow testWindow;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        testWindow = TestWindow.onInventedFilm(stage, dir);
        vm = testWindow.vm;
    }

    @AfterEach
    void tearDown() throws Exception {
        Theme.LIGHT.apply();
        testWindow.close();
    }

    private TextFlow openPassage(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.session().corpus().isEmpty());
        robot.interact(() -> vm.navigator().openSource("coast-weekly"));
        // the reader's tab is built when the navigation brings it forward: wait for the passage's cell in the window
        waitUntil(() -> passageCell(robot) != null && passageCell(robot).localToScreen(0, 0) != null);
        return (TextFlow) passageCell(robot).lookup(".passage-text");
    }

    private static ListCell<?> passageCell(FxRobot robot) {
        return robot.lookup("#reader-passages .list-cell")
                // not the list's hidden cell that only measures rows
                .match((ListCell<?> c) -> c.getIndex() == PASSAGE && c.getItem() != null && c.isVisible()
                        && c.getParent() != null && c.getParent().isVisible()).tryQueryAs(ListCell.class)
                .orElse(null);
    }

    /** The screen point in the middle of a character of the flow's text. */
    private static Point2D at(TextFlow flow, int index) {
        Bounds b = new Path(flow.rangeShape(index, index + 1)).getBoundsInLocal();
        return flow.localToScreen(b.getCenterX(), b.getCenterY());
    }

    @Test
    void wordsDraggedMidWordAreAnnotatedWholeWithTheShortcut(FxRobot robot) throws Exception {
        TextFlow flow = openPassage(robot);
        // from inside "sea" to inside "both"
        robot.drag(at(flow, 5), MouseButton.PRIMARY).dropTo(at(flow, 14));
        waitUntil(() -> vm.reader().textSelectionProperty().get() != null);
        assertEquals("sea took both", vm.reader().textSelectionProperty().get().text());
        assertTrue(robot.lookup(".reader-selection").queryAll().stream()
                .anyMatch(p -> !((Path) p).getElements().isEmpty()), "the selection is painted");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        assertTrue(robot.lookup("#annotation-passage").tryQuery().isEmpty(), "no second selection in the dialog");
        TextArea note = robot.lookup("#annotation-note").queryAs(TextArea.class);
        robot.interact(() -> note.setText("both drowned"));
        robot.clickOn("Save");
        waitUntil(() -> annotations().size() == 1);
        AnnotationTarget t = annotations().get(0).target();
        assertEquals("sea took both", t.exact());
        PassageRow row = vm.reader().passages().get(PASSAGE);
        assertEquals(row.start() + 4, t.start());
        assertEquals(row.start() + 17, t.end());
        assertNull(vm.reader().textSelectionProperty().get());
    }

    @Test
    void anAnnotatedSpanShowsItsNoteOnHoverAndOffersItToEditOnAClick(FxRobot robot) throws Exception {
        openPassage(robot);
        PassageRow row = vm.reader().passages().get(PASSAGE);
        robot.interact(() -> vm.reader().annotate(row, 4, 17,
                org.filmlens.ui.notes.AnnotationDraft.of("both drowned", "sea", null)));
        waitUntil(() -> !vm.reader().annotatedRuns(row).isEmpty());
        // the new highlight redraws the list with new cells
        waitUntil(() -> robot.lookup(".annotated-run").tryQuery().isPresent());
        TextFlow flow = openPassage(robot);
        javafx.scene.Node run = robot.lookup(".annotated-run").query();
        waitUntil(() -> !((Path) run).getElements().isEmpty());

        robot.moveTo(at(flow, 8));
        // the pointer over the span, a tooltip shows (not just one made): its window lists the note and tags
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing()));
        Tooltip tip = (Tooltip) Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing())
                .findFirst().orElseThrow();
        assertEquals("both drowned\n#sea", tip.getText());

        robot.clickOn(at(flow, 9), MouseButton.PRIMARY);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu m && m.isShowing()));
        ContextMenu menu = (ContextMenu) Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing()).findFirst().orElseThrow();
        assertEquals(List.of("Edit \u201cboth drowned\u201d\u2026", "Delete \u201cboth drowned\u201d"),
                menu.getItems().stream().map(MenuItem::getText).toList());
        // later, not inside interact(): the dialog's showAndWait would hold interact until it closed
        Platform.runLater(() -> menu.getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        TextArea note = robot.lookup("#annotation-note").queryAs(TextArea.class);
        assertEquals("both drowned", note.getText());
        robot.interact(() -> note.setText("the sea took them"));
        robot.clickOn("Save");
        waitUntil(() -> annotations().get(0).note().equals("the sea took them"));
    }

    @Test
    void theAnnotatedSpanStandsOutOfTheDarkBackgroundAndItsTextStaysReadable(FxRobot robot) throws Exception {
        openPassage(robot);
        PassageRow row = vm.reader().passages().get(PASSAGE);
        robot.interact(() -> {
            Theme.DARK.apply();
            vm.reader().annotate(row, 4, 17, org.filmlens.ui.notes.AnnotationDraft.of("n", "", null));
        });
        waitUntil(() -> !vm.reader().annotatedRanges(row).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Path span = (Path) robot.lookup(".annotated-span").match((Path p) -> !p.getElements().isEmpty()).query();
        Color background = Color.web("#0d1117"); // Primer Dark's -color-bg-default
        Color fill = over((Color) span.getFill(), background);
        Color text = Color.web("#c9d1d9");        // its -color-fg-default
        assertTrue(contrast(fill, background) >= 1.5, "span on background: " + contrast(fill, background));
        assertTrue(contrast(text, fill) >= 4.5, "text on span: " + contrast(text, fill));
    }

    private List<Annotation> annotations() throws Exception {
        return vm.session().workspace().annotations().list();
    }

    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a), top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG's contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
