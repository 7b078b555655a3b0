package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.AddAttachment;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.command.meeting.FileTypes;
import dk.protokol.events.command.meeting.WithdrawAttachment;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN_ADOPTED;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AttachmentFile BUDGET = AttachmentFile.of("Budget 2027.pdf", PDF);
    private static final AttachmentId FIRST = AttachmentId.random();

    private final InMemoryAttachmentStore store = new InMemoryAttachmentStore();
    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture(MeetingFixtures.organisation(),
            store);

    private static AttachmentAdded added(AttachmentId id) {
        return new AttachmentAdded(MEETING, PLAN, id, null, "Budget 2027.pdf", "application/pdf", PDF.length,
                BUDGET.sha256(), false);
    }

    @Test
    void attachesAFileToAnItemBeforeTheMeetingAndStoresItsBytesByHash() {
        fixture.given(withItems())
                .when(new AddAttachment(MEETING, PLAN, FIRST, null, BUDGET, false))
                .expectEvents(added(FIRST));
        assertThat(store.stored).containsOnlyKeys(BUDGET.sha256());
        assertThat(store.stored.get(BUDGET.sha256())).isEqualTo(PDF);
    }

    @Test
    void aBilagMayBeMarkedForThePublicAndAttachedToADecisionAfterTheMeeting() {
        AttachmentId id = AttachmentId.random();
        fixture.given(closed())
                .when(new AddAttachment(MEETING, PLAN, id, PLAN_ADOPTED, BUDGET, true))
                .expectEvents(new AttachmentAdded(MEETING, PLAN, id, PLAN_ADOPTED, "Budget 2027.pdf",
                        "application/pdf", PDF.length, BUDGET.sha256(), true));
    }

    @Test
    void theDecisionOfABilagIsOnTheSameItem() {
        fixture.given(closed())
                .when(new AddAttachment(MEETING, NEWS, AttachmentId.random(), PLAN_ADOPTED, BUDGET, false))
                .expectException(violationOf("AttachedDecisionIsOnTheSameItem", "decisionId"))
                .expectNoEvents();
        assertThat(store.stored).isEmpty();
    }

    @Test
    void aWithdrawnItemTakesNoBilagAndNothingIsStored() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new AddAttachment(MEETING, NEWS, AttachmentId.random(), null, BUDGET, false))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
        assertThat(store.stored).isEmpty();
    }

    @Test
    void approvedMinutesTakeNoBilag() {
        fixture.given(approved())
                .when(new AddAttachment(MEETING, PLAN, AttachmentId.random(), null, BUDGET, false))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
        assertThat(store.stored).isEmpty();
    }

    @Test
    void aCancelledMeetingTakesNoBilag() {
        fixture.given(cancelled())
                .when(new AddAttachment(MEETING, PLAN, AttachmentId.random(), null, BUDGET, false))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void aBilagGoesUnderAnItemOfTheMeeting() {
        fixture.given(withItems())
                .when(new AddAttachment(MEETING, AgendaItemId.random(), AttachmentId.random(), null, BUDGET, false))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void withdrawsABilagWhichStaysInTheHistory() {
        fixture.given(history(withItems(), added(FIRST)))
                .when(new WithdrawAttachment(MEETING, PLAN, FIRST, " Forkert version "))
                .expectEvents(new AttachmentWithdrawn(MEETING, PLAN, FIRST, "Forkert version"));
    }

    @Test
    void aBilagIsWithdrawnOnlyOnce() {
        fixture.given(history(withItems(), added(FIRST), new AttachmentWithdrawn(MEETING, PLAN, FIRST, "Forkert")))
                .when(new WithdrawAttachment(MEETING, PLAN, FIRST, "Igen"))
                .expectException(violationOf("AttachmentWithdrawnOnlyOnce"))
                .expectExceptionMessage(containsString("allerede trukket tilbage"))
                .expectNoEvents();
    }

    @Test
    void onlyAnExistingBilagOfTheItemIsWithdrawn() {
        fixture.given(history(withItems(), added(FIRST)))
                .when(new WithdrawAttachment(MEETING, NEWS, FIRST, "Forkert punkt"))
                .expectException(unknownReferenceIn("attachmentId"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesKeepTheirBilag() {
        fixture.given(history(circulated(), added(FIRST),
                        new dk.protokol.events.meeting.MinutesApproved(MEETING, MeetingFixtures.MAYOR,
                                MeetingFixtures.NEXT_MEETING)))
                .when(new WithdrawAttachment(MEETING, PLAN, FIRST, "For sent"))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aFileIsTypedByItsContentNotItsName() {
        assertThatThrownBy(() -> AttachmentFile.of("rapport.pdf", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage(FileTypes.REFUSAL)
                .satisfies(refused -> assertThat(((InvalidCommand) refused).errors().get(0).field()).isEqualTo("file"));
        assertThat(AttachmentFile.of("billede.pdf", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                .contentType()).isEqualTo("image/png");
    }

    @Test
    void aCommandWithoutAFileCannotBeMade() {
        assertThatThrownBy(() -> new AddAttachment(MEETING, PLAN, AttachmentId.random(), null, null, false))
                .isInstanceOf(InvalidCommand.class).hasMessage("Vælg en fil.");
        assertThatThrownBy(() -> AttachmentFile.of("tom.pdf", new byte[0]))
                .isInstanceOf(InvalidCommand.class).hasMessage("Filen er tom.");
    }
}
