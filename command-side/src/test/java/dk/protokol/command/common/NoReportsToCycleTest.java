package dk.protokol.command.common;

import dk.protokol.command.body.NoReportsToCycle;
import dk.protokol.events.ids.BodyId;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoReportsToCycleTest {

    private final BodyId bps = BodyId.random();
    private final BodyId fku = BodyId.random();
    private final BodyId dhi = BodyId.random();
    private final BodyId local = BodyId.random();
    private final Map<BodyId, Set<BodyId>> reportsTo = new HashMap<>();

    private boolean closesCycle(BodyId source, BodyId target) {
        return new NoReportsToCycle(source, target, body -> reportsTo.getOrDefault(body, Set.of())).isBroken();
    }

    @Test
    void aBodyMayReportToABodyThatReportsNowhere() {
        assertThat(closesCycle(fku, bps)).isFalse();
    }

    @Test
    void reportingBackToTheBodyThatReportsToYouClosesACycle() {
        reportsTo.put(fku, Set.of(bps));
        assertThat(closesCycle(bps, fku)).isTrue();
    }

    @Test
    void reportingBackThroughSeveralBodiesClosesACycle() {
        reportsTo.put(dhi, Set.of(fku));
        reportsTo.put(fku, Set.of(bps));
        assertThat(closesCycle(bps, dhi)).isTrue();
    }

    @Test
    void twoBodiesReportingToTheSameTopIsNoCycle() {
        reportsTo.put(fku, Set.of(bps));
        reportsTo.put(local, Set.of(bps));
        reportsTo.put(dhi, Set.of(fku, local));
        assertThat(closesCycle(dhi, bps)).isFalse();
    }

    @Test
    void aCycleElsewhereInTheOrganisationDoesNotHangTheCheck() {
        reportsTo.put(fku, Set.of(dhi));
        reportsTo.put(dhi, Set.of(fku));
        assertThat(closesCycle(bps, fku)).isFalse();
    }

    @Test
    void theMessageExplainsTheRingInDanish() {
        reportsTo.put(fku, Set.of(bps));
        NoReportsToCycle rule = new NoReportsToCycle(bps, fku, body -> reportsTo.getOrDefault(body, Set.of()));
        assertThat(rule.rule()).isEqualTo("NoReportsToCycle");
        assertThat(rule.message()).contains("ring i organisationen");
        assertThat(rule.isBroken()).isTrue();
    }
}
