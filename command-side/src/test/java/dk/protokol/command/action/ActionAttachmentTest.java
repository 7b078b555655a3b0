package dk.protokol.command.action;

import dk.protokol.events.action.ActionAttachmentAdded;
import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.action.AttachToAction;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dk.protokol.command.action.ActionFixtures.cancelled;
import static dk.protokol.command.action.ActionFixtures.completed;
import static dk.protokol.command.action.ActionFixtures.opened;
import static dk.protokol.command.common.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bilag to an action's progress (issue 14): stored with its event while the action is open, never after. */
class ActionAttachmentTest {

    private final FixtureConfiguration<ActionItem> fixture = ActionFixtures.fixture();
    private final ActionId action = ActionId.random();
    private final AttachmentId attachment = AttachmentId.random();
    private final AttachmentFile photo = AttachmentFile.of("Plakat til sommerfesten.pdf",
            ("%PDF-1.7\n% plakat " + action + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));

    @Test
    void aBilagIsAttachedToAnOpenActionsProgressAndItsBytesStored() {
        fixture.given(opened(action))
                .when(new AttachToAction(action, attachment, photo))
                .expectEvents(new ActionAttachmentAdded(action, attachment, "Plakat til sommerfesten.pdf",
                        "application/pdf", photo.size(), photo.sha256()));
        assertThat(ActionFixtures.STORED.get(photo.sha256())).isEqualTo(photo.content());
    }

    @Test
    void noBilagToADoneOrCancelledAction() {
        AttachmentFile other = AttachmentFile.of("Efter.pdf",
                ("%PDF-1.7\n% efter " + action + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        fixture.given(opened(action), completed(action))
                .when(new AttachToAction(action, attachment, other))
                .expectException(violationOf("ActionMustBeOpenToProgress"))
                .expectNoEvents();
        fixture.given(opened(action), cancelled(action))
                .when(new AttachToAction(action, attachment, other))
                .expectException(violationOf("ActionMustBeOpenToProgress"))
                .expectNoEvents();
        assertThat(ActionFixtures.STORED).as("a refused command stores nothing").doesNotContainKey(other.sha256());
    }

    @Test
    void aBilagNeedsAFile() {
        assertThatThrownBy(() -> new AttachToAction(action, attachment, null))
                .isInstanceOf(InvalidCommand.class).hasMessage("Vælg en fil.");
    }
}
