package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {
    @TempDir
    Path dev;

    @Test
    void noDeviceNodesMeansNoGpu() throws IOException {
        Files.createFile(dev.resolve("null"));
        Files.createDirectory(dev.resolve("input"));
        assertFalse(RenderingPipeline.hasGpuDevice(dev));
    }

    @Test
    void mesaDriDirectoryIsAGpu() throws IOException {
        Files.createDirectory(dev.resolve("dri"));
        assertTrue(RenderingPipeline.hasGpuDevice(dev));
    }

    @Test
    void wslGpuDeviceIsAGpu() throws IOException {
        Files.createFile(dev.resolve("dxg"));
        assertTrue(RenderingPipeline.hasGpuDevice(dev));
    }

    @Test
    void nvidiaDeviceIsAGpu() throws IOException {
        Files.createFile(dev.resolve("nvidia0"));
        assertTrue(RenderingPipeline.hasGpuDevice(dev));
    }

    @Test
    void anUnreadableDeviceFolderLeavesTheChoiceToJavaFx() {
        assertTrue(RenderingPipeline.hasGpuDevice(dev.resolve("missing")));
    }
}
