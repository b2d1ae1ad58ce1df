package org.filmlens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A combo box whose popup list is left out of the window until it first opens, then works as JavaFX's own. */
@ExtendWith(ApplicationExtension.class)
class ListOnOpenSkinTest {
    private ComboBox<String> lazy;
    private ComboBox<String> plain;

    @Start
    void start(Stage stage) {
        lazy = ListOnOpenSkin.install(Views.comboBox(FXCollections.observableArrayList("Any", "One", "Two")));
        lazy.setPrefWidth(170);
        lazy.getSelectionModel().selectFirst();
        plain = Views.comboBox(FXCollections.observableArrayList("Any", "One", "Two"));
        plain.setPrefWidth(170);
        plain.getSelectionModel().selectFirst();
        stage.setScene(new Scene(new HBox(8, lazy, plain), 400, 200));
        stage.show();
    }

    @Test
    void theListIsNotInTheWindowUntilOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(list(lazy).getParent(), "the popup list is in the scene before it opens");
        assertTrue(list(plain).getParent() != null, "JavaFX's own skin keeps it there (what this skin saves)");
        assertTrue(count(lazy) < count(plain) - 10);
        assertEquals(plain.getHeight(), lazy.getHeight());
        assertEquals(plain.getWidth(), lazy.getWidth());
    }

    @Test
    void openingShowsTheItemsAndPicksOne(FxRobot robot) {
        robot.clickOn(lazy);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lazy.isShowing());
        ListView<String> items = list(lazy);
        assertTrue(items.getScene() != null && items.getScene().getWindow().isShowing());
        assertEquals(3, items.getItems().size());
        robot.clickOn("Two");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lazy.isShowing());
        assertEquals("Two", lazy.getValue());
        robot.clickOn(lazy);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lazy.isShowing(), "opens again");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(ComboBox<String> box) {
        return (ListView<String>) ((javafx.scene.control.skin.ComboBoxListViewSkin<String>) box.getSkin())
                .getPopupContent();
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }
}
