package dk.protokol.command.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.json.EventJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.command.action.ActionFixtures.COLLEAGUE;
import static dk.protokol.command.action.ActionFixtures.DUE;
import static dk.protokol.command.action.ActionFixtures.OWNER;
import static dk.protokol.command.action.ActionFixtures.completed;
import static dk.protokol.command.action.ActionFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots are written with the application's Jackson mapping and must bring back every rule's state. */
class ActionItemSnapshotTest {

    private final ObjectMapper snapshotMapper = EventJson.newMapper();

    @Test
    void aSnapshotBringsBackTheWholeState() throws Exception {
        ActionId action = ActionId.random();
        ActionItem item = new ActionItem();
        item.on(opened(action));
        item.on(new ActionReassigned(action, OWNER, COLLEAGUE));
        item.on(new ActionDueDateChanged(action, DUE, LocalDate.of(2026, 6, 30), "Afventer budgettet"));
        item.on(completed(action));

        byte[] snapshot = snapshotMapper.writeValueAsBytes(item);
        ActionItem restored = snapshotMapper.readValue(snapshot, ActionItem.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(item);
        assertThat(new String(snapshot)).contains("\"status\":\"DONE\"", "\"2026-06-30\"", "\"completedOn\"",
                COLLEAGUE.toString());
    }
}
