package dk.protokol.command.action;

import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.meeting.ActionAgreed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a meeting agrees an action, the action begins its own life as an {@link ActionItem} under the same id.
 * Processing group {@value #PROCESSING_GROUP} is subscribing (infra's {@code protokol.processing.subscribing}):
 * it runs in the unit of work that appends the {@code ActionAgreed}, and the {@code OpenActionItem} it sends is
 * handled in a nested unit of work of that one, so both events are stored in one transaction. A failure
 * propagates ({@link ActionOpeningConfiguration}) and the meeting's command records nothing: there is never an
 * agreed action without its ActionItem.
 * <p>
 * A group of its own, not the lookups' "org-lookup": this handler decides something and sends a command, and
 * must never run again when the lookups are rebuilt from the events.
 */
@Component
@ProcessingGroup(ActionItemOpener.PROCESSING_GROUP)
public class ActionItemOpener {

    public static final String PROCESSING_GROUP = "action-opening";

    private final MeetingLookup meetings;
    private final CommandGateway commands;

    public ActionItemOpener(MeetingLookup meetings, CommandGateway commands) {
        this.meetings = meetings;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ActionAgreed event) {
        BodyId body = meetings.bodyOfExisting(event.meetingId(), "meetingId");
        commands.sendAndWait(new OpenActionItem(event.actionId(), body, event.meetingId(), event.itemId(),
                event.decisionId(), event.description(), event.ownerId(), event.dueDate()));
    }
}
