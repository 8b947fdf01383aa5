package org.reportcycle.cycle;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At every start-up (the first, after an upgrade, on each node) the opening loop is there, once. */
@Component
class OpeningLoopStart {

    private final CycleOpenings openings;

    OpeningLoopStart(CycleOpenings openings) {
        this.openings = openings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        openings.ensureLoop();
    }
}
