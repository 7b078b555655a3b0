package dk.protokol.events.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored form of revision 1, with a presenter and without one (the presenter removed). */
class AgendaItemPresenterChangedJsonTest {

    private static final String MEETING = "6f1c2a7e-1111-4a6b-9c1d-000000000001";
    private static final String ITEM = "6f1c2a7e-2222-4a6b-9c1d-000000000002";
    private static final String PERSON = "6f1c2a7e-3333-4a6b-9c1d-000000000003";

    private final ObjectMapper json = EventJson.newMapper();

    @Test
    void revisionOneReadsWithANewPresenter() throws Exception {
        String stored = "{\"meetingId\":\"" + MEETING + "\",\"itemId\":\"" + ITEM + "\",\"presenterId\":\"" + PERSON
                + "\"}";
        AgendaItemPresenterChanged event = json.readValue(stored, AgendaItemPresenterChanged.class);

        assertThat(event).isEqualTo(new AgendaItemPresenterChanged(MeetingId.of(MEETING),
                AgendaItemId.of(ITEM), PersonId.of(PERSON)));
        assertThat(json.writeValueAsString(event)).isEqualTo(stored);
    }

    @Test
    void revisionOneReadsWithThePresenterRemoved() throws Exception {
        String stored = "{\"meetingId\":\"" + MEETING + "\",\"itemId\":\"" + ITEM + "\",\"presenterId\":null}";
        AgendaItemPresenterChanged event = json.readValue(stored, AgendaItemPresenterChanged.class);

        assertThat(event.presenterId()).isNull();
        assertThat(json.writeValueAsString(event)).isEqualTo(stored);
    }

    @Test
    void isAMeetingEventOfRevisionOne() {
        assertThat(AgendaItemPresenterChanged.class.getAnnotation(Revision.class).value()).isEqualTo("1");
        assertThat(Arrays.asList(MeetingEvent.class.getPermittedSubclasses()))
                .contains(AgendaItemPresenterChanged.class);
    }
}
