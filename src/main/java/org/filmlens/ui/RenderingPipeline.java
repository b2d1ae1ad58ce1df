package org.filmlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

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
     * drives through Direct3D) or /dev/nvidia* (NVIDIA's own driver).
     */
    static boolean hasGpuDevice(Path dev) {
        if (Files.exists(dev.resolve("dri")) || Files.exists(dev.resolve("dxg"))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dev)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("nvidia"));
        } catch (IOException e) {
            return true; // cannot tell: leave the choice to JavaFX
        }
    }
}
