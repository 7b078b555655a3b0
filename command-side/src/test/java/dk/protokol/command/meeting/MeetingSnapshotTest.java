package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordItemNotes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.MeetingClosed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.STANDING;
import static dk.protokol.command.meeting.MeetingFixtures.SUBSTITUTE;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.planAdopted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are written with the application's Jackson mapping. A meeting and its agenda items have no
 * getters; without field access they would be stored as {@code {}} and come back empty, dropping every rule's
 * state (the agenda, who attended, the status).
 */
class MeetingSnapshotTest {

    private final ObjectMapper snapshotMapper = EventJson.newMapper();

    @Test
    void aSnapshotBringsBackTheWholeState() {
        MeetingFixtures.fixture()
                .given(history(openAndQuorate(),
                        new AgendaItemWithdrawn(MEETING, NEWS, "Udgår"),
                        new AgendaItemPresenterChanged(MEETING, PLAN, DEPUTY),
                        new AgendaReordered(MEETING, List.of(PLAN, STANDING)),
                        new ConflictOfInterestDeclared(MEETING, PLAN, AAB, null),
                        new AttendanceRecorded(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, DEPUTY, PLAN, STANDING,
                                null),
                        planAdopted(), new MeetingClosed(MEETING)))
                .when(new RecordItemNotes(MEETING, PLAN, "Styregruppen drøftede handleplanen."))
                .expectState(meeting -> {
                    byte[] snapshot = write(meeting);
                    Meeting restored = read(snapshot);

                    assertThat(restored).usingRecursiveComparison().isEqualTo(meeting);
                    assertThat(new String(snapshot)).contains("\"agenda\"", "\"attendance\"", "\"CLOSED\"",
                            "\"conflicted\"", "\"withdrawn\":true", "\"minutesRecorded\":true",
                            "\"presenterId\":\"" + DEPUTY + "\"");
                });
    }

    private byte[] write(Meeting meeting) {
        try {
            return snapshotMapper.writeValueAsBytes(meeting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Meeting read(byte[] snapshot) {
        try {
            return snapshotMapper.readValue(snapshot, Meeting.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
