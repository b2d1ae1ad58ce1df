package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class FreeHeapRatiosTest {
    @Test
    void theLaunchersRatiosHoldUnlessTheCommandLineGaveOthers() {
        FreeHeapRatios.applyUnlessGiven();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean given = FreeHeapRatios.LAUNCHER.keySet().stream()
                .anyMatch(o -> vm.getVMOption(o).getOrigin() == VMOption.Origin.VM_CREATION);
        if (!given) {
            FreeHeapRatios.LAUNCHER.forEach((option, value) -> assertEquals(value, vm.getVMOption(option).getValue()));
        }
    }
}
