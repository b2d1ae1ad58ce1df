package org.filmlens.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which JavaFX renderer to ask for, chosen before the toolkit starts. On Linux without a GPU device (a virtual
 * machine, a virtual or remote display) OpenGL can only be Mesa's software renderer, which JavaFX loads (with
 * LLVM, tens of megabytes), tests and then refuses for its own software pipeline: asking for that pipeline at once
 * ends in the same renderer, sooner and smaller. A choice made by the user ({@code -Dprism.order}) is kept.
 */
final class RenderingPipeline {
    static final String ORDER = "prism.order";

    private RenderingPipeline() {}

    static void chooseBeforeToolkit() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (System.getProperty(ORDER) == null && os.contains("linux") && !hasGpuDevice(Path.of("/dev"))) {
            System.setProperty(ORDER, "sw");
        }
    }

    /**
     * A GPU that OpenGL could use shows as /dev/dri (Mesa's drivers), /dev/dxg (Windows' GPU under WSL, which Mesa
     * drives through Direct3D) or /dev/nvidia* (NVIDIA's own driver). One plain listing of the folder: this runs on
     * the main thread just before JavaFX is launched, where a directory stream and a stream pipeline were 7-22 ms of
     * cold code in the window's start (20-42 ms in a plain JVM, against about 3 ms for the listing).
     */
    static boolean hasGpuDevice(Path dev) {
        String[] names = dev.toFile().list();
        if (names == null) {
            return true; // cannot tell: leave the choice to JavaFX
        }
        for (String name : names) {
            if (name.equals("dri") || name.equals("dxg") || name.startsWith("nvidia")) {
                return true;
            }
        }
        return false;
    }
}
