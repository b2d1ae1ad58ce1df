package org.filmlens.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.filmlens.ui.arcs.ArcsView;
import org.filmlens.ui.common.AnnotatesSelection;
import org.filmlens.ui.common.HasMainControl;
import org.filmlens.ui.common.LazyTab;
import org.filmlens.ui.common.NextPulse;
import org.filmlens.ui.ending.EndingView;
import org.filmlens.ui.notes.AnnotationsView;
import org.filmlens.ui.quotebrowser.QuotesView;
import org.filmlens.ui.reader.ReaderView;
import org.filmlens.ui.scenes.ScenesView;
import org.filmlens.ui.search.SearchView;
import org.filmlens.ui.sources.SourcesView;
import org.filmlens.workspace.AnnotationExport;
import org.filmlens.workspace.Workspace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workbench window: menus, the search bar, the source navigator and search hits on the left, the panes as tabs
 * (each built on first selection), and a status bar with progress and cancel. Binds to {@link WorkbenchViewModel}.
 */
public final class WorkbenchWindow {
    static final String STYLESHEET = "/org/filmlens/ui/filmlens.css";
    /** The few rules that JavaFX's binary form of {@link #STYLESHEET} would draw otherwise (see that file). */
    static final String TEXT_ONLY_STYLESHEET = "/org/filmlens/ui/filmlens-text-only.css";

    /** The tab strip's width under which its labels no longer fit (six tabs, icon and label each). */
    static final double COMPACT_TABS_BELOW = 900;

    private final Stage stage;
    private final WorkbenchViewModel vm;
    private final WindowPreferences prefs;
    private final TabPane tabs;
    private final LazyTab readerTab;
    private final SearchView search;
    private Alert errorDialog;
    /** Whether the empty-workspace banner shows (held here: the window listens to it). */
    private BooleanBinding emptyWorkspace;

    WorkbenchWindow(Stage stage, WorkbenchViewModel vm, WindowPreferences prefs) {
        this.stage = stage;
        this.vm = vm;
        this.prefs = prefs;
        vm.darkProperty().set(prefs.dark());
        // the theme before the first control (see Theme.apply)
        Theme.of(vm.darkProperty().get()).apply();
        vm.darkProperty().addListener((obs, old, dark) -> {
            Theme.of(dark).apply();
            prefs.setDark(dark);
        });
        tabs = new TabPane();

        search = new SearchView(vm.search());
        LazyTab ending = new LazyTab("Ending explanations", Feather.HELP_CIRCLE, vm.ending(),
                () -> new EndingView(vm.ending()));
        LazyTab arcs = new LazyTab("Character arcs", Feather.TRENDING_UP, vm.arcs(), () -> new ArcsView(vm.arcs()));
        LazyTab quotes = new LazyTab("Quote browser", Feather.MESSAGE_SQUARE, vm.quotes(),
                () -> new QuotesView(vm.quotes()));
        LazyTab scenes = new LazyTab("Scenes", Feather.FILM, vm.scenes(), () -> new ScenesView(vm.scenes()));
        readerTab = new LazyTab("Source reader", Feather.BOOK_OPEN, vm.reader(), () -> new ReaderView(vm.reader()));
        LazyTab annotations = new LazyTab("Annotations", Feather.EDIT_3, vm.annotations(),
                () -> new AnnotationsView(vm.annotations()));
        ending.setId("tab-ending");
        arcs.setId("tab-arcs");
        quotes.setId("tab-quotes");
        scenes.setId("tab-scenes");
        readerTab.setId("tab-reader");
        annotations.setId("tab-annotations");
        tabs.getTabs().addAll(ending, arcs, quotes, scenes, readerTab, annotations);
        tabs.setId("panes");
        compactTabsWhenNarrow();
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                prefs.setLastPane(now.getId());
            }
        });
        vm.navigator().addListener(location -> bringForward(readerTab));
        vm.session().addErrorListener(this::showError);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("workbench");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center());
        root.setBottom(statusBar());
        Scene scene = new Scene(root);
        for (String sheet : List.of(STYLESHEET, TEXT_ONLY_STYLESHEET)) {
            scene.getStylesheets().add(Objects.requireNonNull(WorkbenchWindow.class.getResource(sheet))
                    .toExternalForm());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        prefs.restoreBounds(stage);
        stage.setOnCloseRequest(e -> prefs.saveBounds(stage));
        vm.directoryProperty().addListener((obs, old, dir) -> {
            if (dir != null) {
                prefs.setLastWorkspace(dir);
            }
        });
        vm.session().revisionProperty().addListener((obs, old, now) -> {
            if (!vm.session().corpus().isEmpty()) {
                StartupTiming.markOnce("workspace published");
                if (vm.session().isAnalysisRead()) { // published with the corpus: the same frame as the sources
                    StartupTiming.markOncePainted(scene, "analysis laid out", "analysis shown");
                    StartupTiming.markOncePainted(scene, "pane laid out", "pane shown");
                }
            }
        });
        // a large workspace's analysis comes after its corpus, part by part: the frame that shows the selected
        // pane's data (once its parts are read), and the one with the whole analysis read
        vm.session().addAnalysisListener(arrived -> {
            StartupTiming.mark("analysis parts published: " + arrived);
            if (tabs.getSelectionModel().getSelectedItem() instanceof LazyTab tab && tab.viewModel() != null
                    && tab.viewModel().needsAnalysis() && vm.session().isRead(tab.viewModel().analysisParts())) {
                StartupTiming.markOncePainted(scene, "pane laid out", "pane shown");
            }
            if (vm.session().isAnalysisRead()) {
                StartupTiming.markOncePainted(scene, "analysis laid out", "analysis shown");
            }
        });
        // the startup milestone: the workspace's sources in the navigator, painted
        vm.sources().groups().addListener((ListChangeListener<Object>) change -> {
            if (!vm.sources().groups().isEmpty()) {
                StartupTiming.markOncePainted(scene, "sources laid out", "workspace shown");
            }
        });
    }

    /** Shows the window at once, then opens the workspace in the background (the sample if it is empty). */
    void show(Path workspace) {
        show(workspace, true);
    }

    /** Shows the window, then opens the workspace; an empty one is filled with the sample only when asked. */
    void show(Path workspace, boolean sampleIfEmpty) {
        show(workspace, sampleIfEmpty, EarlyOpen.opening(workspace));
    }

    /** {@link #show(Path, boolean)} with the workspace from {@code opening} (tests hold its analysis back). */
    void show(Path workspace, boolean sampleIfEmpty, Callable<Workspace> opening) {
        LazyTab last = (LazyTab) tabs.getTabs().stream().filter(t -> Objects.equals(t.getId(), prefs.lastPane()))
                .findFirst().orElse(tabs.getTabs().get(0));
        // the pane is selected before the window shows, which builds nothing, and its data is read with the
        // workspace, which is opened while the window shows (showing styles and lays out the whole scene): the
        // workspace, the sources and the pane's data are then published before the first frame, which shows them
        tabs.getSelectionModel().select(last);
        last.showData();
        vm.open(workspace, sampleIfEmpty, opening);
        stage.show();
        StartupTiming.mark("window shown");
        StartupTiming.markOncePainted(stage.getScene(), "first frame laid out", "first frame painted");
        // the pane is built after the window is on screen: nothing but the frame stands between start and window
        Platform.runLater(() -> {
            last.build();
            StartupTiming.mark("pane built");
        });
    }

    Stage stage() {
        return stage;
    }

    private MenuBar menuBar() {
        MenuItem importFiles = item("Import files…", Feather.FILE_PLUS, KeyCode.I, this::importFiles);
        MenuItem importFolder = item("Import folder…", Feather.FOLDER_PLUS, null, this::importFolder);
        MenuItem sample = item("Load the sample", Feather.DOWNLOAD, null, vm::ingestSample);
        MenuItem open = item("Open workspace…", Feather.FOLDER, KeyCode.O, this::openWorkspace);
        MenuItem export = item("Export annotations…", Feather.SHARE, null, this::exportAnnotations);
        export.setId("menu-export");
        export.disableProperty().bind(vm.session().workspaceProperty().isNull());
        MenuItem quit = item("Quit", null, KeyCode.Q, stage::close);
        for (MenuItem m : List.of(importFiles, importFolder, sample, open)) {
            m.disableProperty().bind(vm.busyProperty());
        }
        importFiles.setId("menu-import");
        open.setId("menu-open");
        Menu file = new Menu("_File", null, importFiles, importFolder, sample, new SeparatorMenuItem(), open,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, KeyCode.Z, vm.undo()::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(vm.undo().undoLabelProperty());
        undo.disableProperty().bind(vm.undo().canUndoProperty().not());
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, KeyCode.Y, vm.undo()::redo);
        // shortcut+shift+Z redoes too, as on macOS and in many editors
        stage.sceneProperty().addListener((obs, old, scene) -> scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                vm.undo()::redo));
        redo.setId("menu-redo");
        redo.textProperty().bind(vm.undo().redoLabelProperty());
        redo.disableProperty().bind(vm.undo().canRedoProperty().not());
        MenuItem find = item("Find", Feather.SEARCH, KeyCode.F, this::focusSearch);
        MenuItem annotate = item("Annotate…", Feather.EDIT_3, null, this::annotateSelection);
        annotate.setId("menu-annotate");
        annotate.setAccelerator(AnnotatesSelection.SHORTCUT);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), annotate, find);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        Menu theme = new Menu("Theme", new FontIcon(Feather.MOON), dark);
        Menu view = new Menu("_View", null, theme, new SeparatorMenuItem());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab t = tabs.getTabs().get(i);
            view.getItems().add(item(t.getText(), null, digits[i], () -> bringForward(t)));
        }

        MenuItem keys = item("Keyboard shortcuts", Feather.COMMAND, null, this::showShortcuts);
        Menu help = new Menu("_Help", null, keys);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, Feather icon, KeyCode shortcut, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (shortcut != null) {
            m.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        Label film = new Label();
        film.setId("film-title");
        film.textProperty().bind(vm.titleProperty().map(t -> t.replace(" — Filmlens", "")));
        film.getStyleClass().add(Styles.TITLE_4);
        film.setGraphic(new FontIcon(Feather.FILM));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = search.bar();
        bar.setMaxWidth(820);
        HBox.setHgrow(bar, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar(film, spacer, bar);
        toolBar.getStyleClass().add("workbench-toolbar");
        return toolBar;
    }

    private SplitPane center() {
        SplitPane sidebar = new SplitPane(new SourcesView(vm.sources()), search.results());
        sidebar.setOrientation(Orientation.VERTICAL);
        sidebar.setDividerPositions(0.42);
        sidebar.getStyleClass().add("sidebar");

        VBox main = new VBox(tabs);
        // the empty-workspace banner is made the first time it is wanted: a window opening a workspace with pages
        // in it never styles or lays it out
        emptyWorkspace = vm.emptyProperty().and(vm.busyProperty().not())
                .and(vm.session().workspaceProperty().isNotNull());
        Runnable addBanner = () -> {
            if (emptyWorkspace.get() && main.getChildren().size() == 1) {
                main.getChildren().add(0, emptyBanner());
            }
        };
        emptyWorkspace.addListener((obs, was, now) -> addBanner.run());
        addBanner.run();
        VBox.setVgrow(tabs, Priority.ALWAYS);

        SplitPane split = new SplitPane(sidebar, main);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(sidebar, false);
        return split;
    }

    private HBox emptyBanner() {
        Label emptyText = new Label("This workspace is empty. Import pages about a film, or load the sample.");
        Button importButton = new Button("Import…", new FontIcon(Feather.FILE_PLUS));
        importButton.setOnAction(e -> importFiles());
        Button sampleButton = new Button("Load the sample", new FontIcon(Feather.DOWNLOAD));
        sampleButton.setOnAction(e -> vm.ingestSample());
        sampleButton.getStyleClass().add(Styles.ACCENT);
        HBox banner = new HBox(10, emptyText, importButton, sampleButton);
        banner.setId("empty-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("empty-banner");
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.visibleProperty().bind(emptyWorkspace);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label step = new Label();
        step.textProperty().bind(vm.progressStepProperty());
        step.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox progress = new HBox(8, step, bar, cancel);
        progress.setAlignment(Pos.CENTER_RIGHT);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox box = new HBox(8, status, spacer, progress);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("status-bar");
        box.setPadding(new Insets(4, 10, 4, 10));
        return box;
    }

    /**
     * Below the width the six tab labels need, the tabs show their icons alone, each with its name as a tooltip
     * (made then, not at startup): the strip would otherwise hide the last panes behind its overflow menu.
     */
    private void compactTabsWhenNarrow() {
        tabs.widthProperty().addListener((obs, old, width) -> {
            boolean compact = width.doubleValue() > 0 && width.doubleValue() < COMPACT_TABS_BELOW;
            if (compact == tabs.getStyleClass().contains("compact-tabs")) {
                return;
            }
            if (compact) {
                tabs.getStyleClass().add("compact-tabs");
                for (Tab t : tabs.getTabs()) {
                    if (t.getTooltip() == null) {
                        t.setTooltip(new javafx.scene.control.Tooltip(t.getText()));
                    }
                }
            } else {
                tabs.getStyleClass().remove("compact-tabs");
            }
        });
    }

    /**
     * Shows a pane from the keyboard or a followed link, with the keyboard in its main control: the scene would
     * otherwise hand the focus of the hidden pane to its first control, the search field, query selected. Asked on
     * the next pulse, when the pane built on its first showing is in the scene.
     */
    private void bringForward(Tab tab) {
        tabs.getSelectionModel().select(tab);
        Platform.runLater(() -> focusMainControl(tab, 3));
    }

    /**
     * A pane built just now is placed, and its matrix or list filled, over the next pulses, and placing it may hand
     * the hidden pane's focus on to the search field: so the focus is asked for again after each of a few pulses.
     */
    private void focusMainControl(Tab tab, int pulsesLeft) {
        if (!tab.isSelected() || !(tab instanceof LazyTab lazy) || !(lazy.pane() instanceof HasMainControl pane)) {
            return;
        }
        javafx.scene.Node control = pane.mainControl();
        if (control != null && !control.isFocused()) {
            control.requestFocus();
        }
        if (pulsesLeft > 0) {
            NextPulse.then(lazy.pane(), () -> focusMainControl(tab, pulsesLeft - 1));
        }
    }

    /** Edit › Annotate…: the selection of the pane shown, if that pane annotates (see {@link AnnotatesSelection}). */
    private void annotateSelection() {
        if (tabs.getSelectionModel().getSelectedItem() instanceof LazyTab tab
                && tab.pane() instanceof AnnotatesSelection pane) {
            pane.annotateSelection();
        }
    }

    /** File › Export annotations…: the format is the file type chosen; written in the background. */
    private void exportAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the annotations");
        Map<FileChooser.ExtensionFilter, AnnotationExport.Format> formats = new LinkedHashMap<>();
        for (AnnotationExport.Format f : List.of(AnnotationExport.Format.MARKDOWN, AnnotationExport.Format.CSV,
                AnnotationExport.Format.W3C)) {
            formats.put(new FileChooser.ExtensionFilter(f.label() + " (*." + f.extension() + ")",
                    "*." + f.extension()), f);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        chooser.setInitialFileName("annotations.md");
        File home = new File(System.getProperty("user.home")); // not the workspace: its own files are there
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            AnnotationExport.Format chosen = formats.getOrDefault(chooser.getSelectedExtensionFilter(),
                    AnnotationExport.Format.MARKDOWN);
            Path out = file.toPath();
            // the file's own ending says the format when it names one (the name suggested ends in .md whatever
            // type is picked); a name without one gets the chosen type's, which dialogs do not always add
            AnnotationExport.Format format = formatOf(out).orElse(chosen);
            vm.exportAnnotations(format, formatOf(out).isPresent() ? out
                    : out.resolveSibling(out.getFileName() + "." + format.extension()));
        }
    }

    /** The export format a file name's ending names, if any. */
    static Optional<AnnotationExport.Format> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(AnnotationExport.Format.values()).filter(f -> name.endsWith("." + f.extension()))
                .findFirst().or(() -> name.endsWith(".json") ? Optional.of(AnnotationExport.Format.W3C)
                        : Optional.empty());
    }

    private void focusSearch() {
        search.field().requestFocus();
        search.field().selectAll();
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import pages about the film");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Scraped pages (*.txt, *.html, *.htm)", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            vm.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of pages about the film");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            vm.importPaths(List.of(dir.toPath()));
        }
    }

    private void openWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a film's workspace");
        Path current = vm.directoryProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            vm.open(dir.toPath(), false);
        }
    }

    /** One dialog at a time, one line each: a second error while one shows replaces its text. */
    private void showError(String message) {
        if (errorDialog != null && errorDialog.isShowing()) {
            errorDialog.setContentText(message);
            return;
        }
        errorDialog = new Alert(Alert.AlertType.ERROR, message);
        errorDialog.setHeaderText(null);
        errorDialog.setTitle("Filmlens");
        errorDialog.initOwner(stage);
        errorDialog.show();
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, String.join("\n",
                "Ctrl+F  search (Esc clears, ↓ to the hits, Enter opens)",
                "Ctrl+1 … Ctrl+6  switch panes      Ctrl+Shift+D  dark theme",
                "Ctrl+Z  undo      Ctrl+Y or Ctrl+Shift+Z  redo (annotations, ending questions)",
                "Ctrl+Shift+A  annotate the selection (passage, quote, scene, ending question or answer)",
                "Ctrl+I  import files      Ctrl+O  open a workspace",
                "Ctrl+C  in the quote table: copy with citation",
                "Enter or click  open a hit, quote, answer or passage in the reader"));
        a.setHeaderText("Keyboard shortcuts");
        a.setTitle("Filmlens");
        a.initOwner(stage);
        a.show();
    }
}
