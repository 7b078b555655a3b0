package dk.protokol.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dk.protokol.command.common.DomainRule.check;

/**
 * An item (punkt) on a meeting's agenda, an entity of {@link Meeting}. It keeps what the item's own rules
 * need: its kind, its presenter, whether it is withdrawn or standing, whether anything was recorded on it, its decisions and
 * who is conflicted on it. The meeting receives the commands, because most rules about an item also depend on
 * where the meeting is in its life and who attends; the events that concern one item reach it by its id.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class AgendaItem {

    @EntityId
    private AgendaItemId itemId;
    private String title;
    private AgendaItemKind kind;
    private String description;
    private PersonId presenterId;
    private boolean standing;
    private boolean withdrawn;
    /** Notes, actions or referrals were recorded on the item (decisions are listed below). */
    private boolean minutesRecorded;
    private List<DecisionId> decisions = new ArrayList<>();
    private List<PersonId> conflicted = new ArrayList<>();
    /** Its bilag in the order added, and those of them withdrawn. */
    private List<AttachmentId> attachments = new ArrayList<>();
    private List<AttachmentId> withdrawnAttachments = new ArrayList<>();

    AgendaItem() {
        // for snapshots
    }

    AgendaItem(AgendaItemAdded added) {
        itemId = added.itemId();
        title = added.title();
        kind = added.kind();
        description = added.description();
        presenterId = added.presenterId();
        standing = added.standing();
    }

    AgendaItemId id() {
        return itemId;
    }

    String title() {
        return title;
    }

    AgendaItemKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    /** Null: the item has no presenter. */
    PersonId presenterId() {
        return presenterId;
    }

    boolean isStanding() {
        return standing;
    }

    boolean isWithdrawn() {
        return withdrawn;
    }

    boolean hasDecision(DecisionId decision) {
        return decisions.contains(decision);
    }

    boolean hasDecisions() {
        return !decisions.isEmpty();
    }

    /** Something the body said, decided or agreed under the item is in the minutes. */
    boolean hasMinutes() {
        return minutesRecorded || hasDecisions();
    }

    boolean isConflicted(PersonId person) {
        return conflicted.contains(person);
    }

    boolean hasAttachment(AttachmentId attachment) {
        return attachments.contains(attachment);
    }

    boolean isAttachmentWithdrawn(AttachmentId attachment) {
        return withdrawnAttachments.contains(attachment);
    }

    /** Nothing is recorded on, or changed in, a withdrawn item. */
    void checkStillOnTheAgenda() {
        check(new WithdrawnItemTakesNoRecording(withdrawn, title));
    }

    /**
     * Two items are equal when they are in the same state. The aggregate test fixture relies on it to prove that
     * a command handler changed no state outside the event sourcing handlers.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaItem item && Objects.equals(itemId, item.itemId)
                && Objects.equals(title, item.title) && kind == item.kind
                && Objects.equals(description, item.description)
                && Objects.equals(presenterId, item.presenterId) && standing == item.standing
                && withdrawn == item.withdrawn && minutesRecorded == item.minutesRecorded
                && decisions.equals(item.decisions) && conflicted.equals(item.conflicted)
                && attachments.equals(item.attachments) && withdrawnAttachments.equals(item.withdrawnAttachments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, title, kind, description, presenterId, standing, withdrawn, minutesRecorded,
                decisions, conflicted, attachments, withdrawnAttachments);
    }

    @EventSourcingHandler
    void on(AgendaItemAmended event) {
        title = event.title();
        kind = event.kind();
        description = event.description();
    }

    @EventSourcingHandler
    void on(AgendaItemPresenterChanged event) {
        presenterId = event.presenterId();
    }

    @EventSourcingHandler
    void on(AgendaItemWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(ItemNotesRecorded event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(ActionAgreed event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(CaseReferred event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDeclared event) {
        conflicted.add(event.personId());
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachments.add(event.attachmentId());
    }

    @EventSourcingHandler
    void on(AttachmentWithdrawn event) {
        withdrawnAttachments.add(event.attachmentId());
    }
}
