package dk.protokol.command.action;

import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReassignAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.common.AxonOnH2;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.organisation.BodyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An agreed action opens its ActionItem in the transaction that stores the ActionAgreed, on H2 with infra's real
 * migrations and Axon wired as in the application ("org-lookup" and "action-opening" subscribing): both events
 * commit together, or, when opening fails, neither does.
 */
class ActionOpeningTransactionTest {

    private static final LocalDate ESTABLISHED = LocalDate.of(2025, 1, 1);
    private static final LocalDateTime MEETING_START = LocalDateTime.of(2026, 3, 10, 14, 0);
    private static final LocalDate DUE = LocalDate.of(2026, 5, 1);
    private static final Clock APRIL_15 = Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"),
            ZoneId.of("Europe/Copenhagen"));

    private AxonOnH2 system;
    private BodyId bps;
    private PersonId owner;
    private MeetingId meeting;
    private AgendaItemId item;

    @BeforeEach
    void anOpenMeetingOfTheSteeringGroup() throws ClassNotFoundException {
        system = new AxonOnH2(APRIL_15, null);
        bps = BodyId.random();
        system.commands.sendAndWait(new EstablishBody(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP,
                "BolivVejle", null, null, 4, null, ESTABLISHED));
        owner = PersonId.random();
        system.commands.sendAndWait(new RegisterPerson(owner, "Mette Holm", null, null, null));
        meeting = MeetingId.random();
        system.commands.sendAndWait(new ScheduleMeeting(meeting, bps, MEETING_START, MEETING_START.plusHours(2),
                "Vejle Rådhus"));
        item = AgendaItemId.random();
        system.commands.sendAndWait(new AddAgendaItem(meeting, item, "Handleplan 2027", AgendaItemKind.DECISION,
                null, null));
        system.commands.sendAndWait(new PublishAgenda(meeting));
        system.commands.sendAndWait(new OpenMeeting(meeting));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void theAgreedActionIsOpenedUnderItsIdInTheSameCommand() {
        ActionId action = agree();

        assertThat(system.payloadTypesOf(action)).containsExactly("ActionItemOpened");
        assertThat(system.jdbc.queryForObject("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, action.toString())).isEqualTo("ActionItem");
        assertThat(system.payloadTypesOf(meeting)).endsWith("ActionAgreed");
        assertThat(system.actions.action(action)).contains(new KnownAction(action, bps, owner));
        // the ActionAgreed comes first in the store, directly followed by the ActionItemOpened
        assertThat(system.jdbc.queryForList("SELECT payload_type FROM domain_event_entry ORDER BY global_index DESC"
                + " LIMIT 2", String.class)).containsExactly("dk.protokol.events.action.ActionItemOpened",
                "dk.protokol.events.meeting.ActionAgreed");
    }

    @Test
    void theOpenedActionIsFollowedUpThroughItsOwnCommands() {
        ActionId action = agree();
        PersonId colleague = PersonId.random();
        system.commands.sendAndWait(new RegisterPerson(colleague, "Jonas Friis", null, null, null));

        system.commands.sendAndWait(new ReportActionProgress(action, "Udkast i høring", meeting));
        system.commands.sendAndWait(new ReassignAction(action, colleague));
        system.commands.sendAndWait(new ChangeActionDueDate(action, DUE.plusMonths(1), "Afventer budgettet"));
        assertThatThrownBy(() -> system.commands.sendAndWait(new CompleteAction(action, LocalDate.of(2026, 3, 9),
                null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("CompletionNotBeforeTheMeeting"));
        system.commands.sendAndWait(new CompleteAction(action, LocalDate.of(2026, 4, 14), "Sendt"));

        assertThat(system.payloadTypesOf(action)).containsExactly("ActionItemOpened", "ActionProgressReported",
                "ActionReassigned", "ActionDueDateChanged", "ActionCompleted");
        assertThat(system.actions.action(action)).map(KnownAction::ownerId).contains(colleague);
    }

    @Test
    void whenTheActionCannotBeOpenedTheMeetingRecordsNothingEither() {
        ActionId action = ActionId.random();
        // an ActionItem already lives under this id: opening it again fails on the event store's unique key
        system.commands.sendAndWait(new OpenActionItem(action, bps, meeting, item, null, "Tidligere", owner, DUE));
        int meetingEvents = system.eventsOf(meeting);

        assertThatThrownBy(() -> agree(action)).isNotNull();

        assertThat(system.eventsOf(meeting)).isEqualTo(meetingEvents);
        assertThat(system.payloadTypesOf(action)).containsExactly("ActionItemOpened");
    }

    @Test
    void whenTheActionLookupCannotBeWrittenNeitherEventIsStored() {
        ActionId action = ActionId.random();
        system.jdbc.update("INSERT INTO cmd_action_lookup (action_id, body_id, owner_id) VALUES (?, ?, ?)",
                action.value(), bps.value(), owner.value());
        int meetingEvents = system.eventsOf(meeting);

        assertThatThrownBy(() -> agree(action)).isInstanceOf(DuplicateKeyException.class);

        assertThat(system.eventsOf(meeting)).isEqualTo(meetingEvents);
        assertThat(system.eventsOf(action)).isZero();
    }

    @Test
    void whenTheMeetingsBodyIsUnknownTheActionIsNotAgreed() {
        system.jdbc.update("DELETE FROM cmd_meeting_lookup WHERE meeting_id = ?", meeting.value());
        ActionId action = ActionId.random();
        int meetingEvents = system.eventsOf(meeting);

        assertThatThrownBy(() -> agree(action)).isInstanceOf(UnknownReference.class);

        assertThat(system.eventsOf(meeting)).isEqualTo(meetingEvents);
        assertThat(system.eventsOf(action)).isZero();
    }

    @Test
    void emptiedLookupsAreRebuiltWithActionsAndMeetingDays() {
        ActionId action = agree();
        PersonId colleague = PersonId.random();
        system.commands.sendAndWait(new RegisterPerson(colleague, "Jonas Friis", null, null, null));
        system.commands.sendAndWait(new ReassignAction(action, colleague));
        for (String table : new String[]{"cmd_action_lookup", "cmd_agenda_item_lookup", "cmd_referral_lookup",
                "cmd_member_role", "cmd_meeting_lookup", "cmd_body_relation", "cmd_body_lookup",
                "cmd_person_lookup"}) {
            system.jdbc.update("DELETE FROM " + table);
        }

        assertThat(system.rebuilder().rebuildIfEmpty()).isTrue();
        assertThat(system.actions.action(action)).contains(new KnownAction(action, bps, colleague));
        assertThat(system.meetings.dayOf(meeting)).contains(MEETING_START.toLocalDate());
        assertThat(system.eventsOf(action)).as("a rebuild opens nothing again").isEqualTo(2);
    }

    private ActionId agree() {
        ActionId action = ActionId.random();
        agree(action);
        return action;
    }

    private void agree(ActionId action) {
        system.commands.sendAndWait(new AgreeAction(meeting, item, action, "Send planen til fonden", owner, DUE,
                null));
    }
}
