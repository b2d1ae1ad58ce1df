package org.filmlens.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The heap policy {@code bin/filmlens} starts the window with (ADR 9), set from inside when the window was started
 * another way ({@code java -jar}): after a collection the heap keeps at most 30 % free (the JVM's default is 70 %)
 * and grows once less than 10 % is free, so the memory the startup's garbage took is given back when the collector
 * next resizes the heap instead of staying resident. These two options are among the few a running JVM accepts;
 * values given on the command line are kept.
 */
final class FreeHeapRatios {
    static final Map<String, String> LAUNCHER = Map.of("MinHeapFreeRatio", "10", "MaxHeapFreeRatio", "30");
    /** Set by {@code bin/filmlens}, which gives the JVM these ratios itself: no need to load the management beans. */
    static final String STARTED_BY_LAUNCHER = "filmlens.launcher";

    private FreeHeapRatios() {}

    static void applyUnlessGiven() {
        if (System.getProperty(STARTED_BY_LAUNCHER) != null) {
            return;
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || LAUNCHER.keySet().stream().anyMatch(o -> given(vm.getVMOption(o)))) {
                return;
            }
            // the floor first: the JVM refuses a ceiling below the floor (40 % by default)
            vm.setVMOption("MinHeapFreeRatio", LAUNCHER.get("MinHeapFreeRatio"));
            vm.setVMOption("MaxHeapFreeRatio", LAUNCHER.get("MaxHeapFreeRatio"));
        } catch (RuntimeException e) {
            // a JVM without these options or this bean: it keeps its own policy
        }
    }

    private static boolean given(VMOption option) {
        return option.getOrigin() != VMOption.Origin.DEFAULT;
    }
}
