package org.filmlens.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin whose popup list joins the window only when the popup first opens. JavaFX's skin keeps the list
 * (a list view with its flow, scroll bars and cells: some twenty nodes) among the combo box's children from the
 * start, so that it is styled and measured before it shows; in a window's first frame that is styling and layout
 * of nodes nobody sees. Only for a combo box whose width does not come from its list (a set width, or filled by
 * its parent): the list is what sizes the others. From the first opening on it behaves as JavaFX's own skin.
 */
public final class ListOnOpenSkin<T> extends ComboBoxListViewSkin<T> {
    private boolean listAdded;

    public ListOnOpenSkin(ComboBox<T> box) {
        super(box);
        getChildren().remove(getPopupContent());
    }

    /** Installs this skin on {@code box}, before JavaFX gives it its default one. */
    public static <T> ComboBox<T> install(ComboBox<T> box) {
        box.setSkin(new ListOnOpenSkin<>(box));
        return box;
    }

    @Override
    public void show() {
        if (!listAdded) {
            listAdded = true;
            Node list = getPopupContent();
            if (list.getParent() == null) {
                // where JavaFX's skin keeps it: styled and measured here before the popup sizes itself
                list.setManaged(false);
                getChildren().add(list);
                list.applyCss();
            }
        }
        super.show();
    }
}
