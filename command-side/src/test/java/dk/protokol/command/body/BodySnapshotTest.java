package dk.protokol.command.body;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.DEPUTY;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.FKU;
import static dk.protokol.command.body.BodyFixtures.MAYOR;
import static dk.protokol.command.body.BodyFixtures.appointed;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are written with the application's Jackson mapping. An aggregate without getters would
 * otherwise be stored as {@code {}} and come back empty, silently dropping every rule's state.
 */
class BodySnapshotTest {

    private final ObjectMapper snapshotMapper = EventJson.newMapper();

    @Test
    void aSnapshotBringsBackTheWholeState() throws Exception {
        Body body = new Body();
        body.on(bpsEstablished());
        body.on(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO));
        body.on(appointed(MAYOR, MemberRole.MEMBER, ESTABLISHED));
        body.on(new MemberRoleChanged(BPS, MAYOR, MemberRole.CHAIR, date("2025-03-01")));
        body.on(appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED));
        body.on(new MembershipEnded(BPS, DEPUTY, date("2025-06-30"), null));
        body.on(new BodyRenamed(BPS, "Boligpolitisk Forum", date("2025-09-01")));
        body.on(new BodyQuorumChanged(BPS, 5, date("2025-09-01")));
        body.on(new BodyRelationEnded(BPS, FKU, RelationKind.REPORTS_TO, date("2025-10-01")));
        body.on(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2025-11-01")));
        body.on(new SuccessorBodyNamed(BPS, FKU, date("2026-01-01")));
        body.on(new BodyDissolved(BPS, date("2026-01-01"), "Nedlagt"));

        byte[] snapshot = snapshotMapper.writeValueAsBytes(body);
        Body restored = snapshotMapper.readValue(snapshot, Body.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(body);
        assertThat(new String(snapshot)).contains("\"memberships\"", "\"2025-03-01\"", "\"dissolvedOn\"",
                "\"Boligpolitisk Forum\"", "\"endedRelations\"", "\"successorId\"",
                "\"2025-11-01\"");
    }
}
