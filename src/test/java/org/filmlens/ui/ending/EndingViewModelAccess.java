package org.filmlens.ui.ending;

import java.util.List;
import org.filmlens.analysis.DiffSegment;
import org.filmlens.ui.common.MarkedText;

/** Opens the package-private comparison helper to the window's tests. */
public final class EndingViewModelAccess {
    private EndingViewModelAccess() {}

    public static List<MarkedText.Segment> side(List<DiffSegment> segments, DiffSegment.Kind own) {
        return EndingViewModel.side(segments, own);
    }
}
