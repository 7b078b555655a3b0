package dk.protokol.command.action;

import dk.protokol.command.common.InMemoryMeetingLookup;
import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The world the ActionItem tests play in: an action agreed at the BPS meeting of 10 March 2026 ("send the adopted
 * plan to the fund by 1 May"), owned by a member of BPS; a later BPS meeting that follows it up; an FKU meeting;
 * and a clock that says it is 15 April 2026.
 */
final class ActionFixtures {

    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final MeetingId FOLLOW_UP_MEETING = MeetingId.random();
    static final MeetingId FKU_MEETING = MeetingId.random();
    static final AgendaItemId PLAN = AgendaItemId.random();
    static final DecisionId PLAN_ADOPTED = DecisionId.random();
    static final PersonId OWNER = PersonId.random();
    static final PersonId COLLEAGUE = PersonId.random();

    static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 10);
    static final LocalDate DUE = LocalDate.of(2026, 5, 1);
    /** 15 April 2026, 12:00 in Copenhagen. */
    static final Instant NOW = Instant.parse("2026-04-15T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    private ActionFixtures() {
    }

    /** The bilag's bytes by SHA-256, as the command stored them (issue 14). */
    static final java.util.Map<String, byte[]> STORED = new java.util.concurrent.ConcurrentHashMap<>();
    static final dk.protokol.command.meeting.AttachmentStore STORE =
            (sha256, contentType, content) -> STORED.putIfAbsent(sha256, content.clone());

    static FixtureConfiguration<ActionItem> fixture() {
        AggregateTestFixture<ActionItem> fixture = new AggregateTestFixture<>(ActionItem.class);
        fixture.registerInjectableResource(new InMemoryOrganisationLookup()
                .withBody(BPS).withBody(FKU).withPerson(OWNER).withPerson(COLLEAGUE));
        fixture.registerInjectableResource(new InMemoryMeetingLookup()
                .withMeeting(MEETING, BPS, MEETING_DAY)
                .withMeeting(FOLLOW_UP_MEETING, BPS, LocalDate.of(2026, 6, 9))
                .withMeeting(FKU_MEETING, FKU, LocalDate.of(2026, 4, 1)));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen")));
        fixture.registerInjectableResource(STORE);
        return fixture;
    }

    static OpenActionItem open(ActionId action) {
        return new OpenActionItem(action, BPS, MEETING, PLAN, PLAN_ADOPTED, "Send den godkendte plan til fonden",
                OWNER, DUE);
    }

    static ActionItemOpened opened(ActionId action) {
        return new ActionItemOpened(action, BPS, MEETING, PLAN, PLAN_ADOPTED, "Send den godkendte plan til fonden",
                OWNER, DUE);
    }

    static ActionCompleted completed(ActionId action) {
        return new ActionCompleted(action, LocalDate.of(2026, 4, 2), null);
    }

    static ActionCancelled cancelled(ActionId action) {
        return new ActionCancelled(action, "Fonden har lukket for ansøgninger");
    }
}
