package dk.protokol.query.personal;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.words.Words;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's own data (GDPR Art. 15): details read through the personal-data port, seats from the bodies view,
 * attendance and remarks from the meetings' recorded events (every meeting, not only those one may read: it is the
 * person's data), actions from the actions view.
 */
@Component
public class PersonalDataQueries {

    /** Aggregate type of meetings as Axon stores it. */
    private static final Set<String> MEETINGS = Set.of("Meeting");

    private final PersonProjection people;
    private final BodyProjection bodies;
    private final ActionProjection actions;
    private final EventHistory history;

    public PersonalDataQueries(PersonProjection people, BodyProjection bodies, ActionProjection actions,
                               EventHistory history) {
        this.people = people;
        this.bodies = bodies;
        this.actions = actions;
        this.history = history;
    }

    public PersonalDataExport export(PersonId person) {
        PersonView view = people.find(Set.of(person)).stream().findFirst()
                .orElseThrow(() -> new NotFound("Personen findes ikke: " + person));
        Map<BodyId, BodyView> allBodies = bodies.findAll().stream()
                .collect(Collectors.toMap(BodyView::id, Function.identity()));

        List<PersonalDataExport.Seat> seats = new ArrayList<>();
        allBodies.values().forEach(body -> body.memberships().stream()
                .filter(membership -> membership.personId().equals(person))
                .forEach(membership -> seats.add(new PersonalDataExport.Seat(body.id(), body.name(),
                        membership.representing(), membership.from(), membership.to(),
                        membership.roles().stream().map(role -> new PersonalDataExport.Role(role.role(), role.from(),
                                role.to())).toList()))));
        seats.sort(Comparator.comparing(PersonalDataExport.Seat::from)
                .thenComparing(seat -> seat.bodyId().toString()));

        Map<MeetingId, MeetingScheduled> scheduled = new LinkedHashMap<>();
        Map<MeetingId, AttendanceRecorded> attended = new LinkedHashMap<>();
        List<PersonalDataExport.Remark> remarks = new ArrayList<>();
        history.replay(MEETINGS, null, recorded -> {
            Object event = recorded.payload();
            if (event instanceof MeetingScheduled e) {
                scheduled.put(e.meetingId(), e);
            } else if (event instanceof AttendanceRecorded e && person.equals(e.personId())) {
                attended.put(e.meetingId(), e);
            } else if (event instanceof RemarkRecorded e && person.equals(e.personId())) {
                // the author's own words, read through the port: once erased, only that there was a remark
                String text = view.erased() ? null : people.personalData().reveal(person, e.text()).orElse(null);
                remarks.add(new PersonalDataExport.Remark(e.meetingId(), e.decisionId(),
                        text == null ? Words.DANISH.word("remark.removed") : text));
            }
        });
        List<PersonalDataExport.Attendance> attendance = attended.values().stream().map(e -> {
            MeetingScheduled meeting = scheduled.get(e.meetingId());
            BodyId body = meeting == null ? null : meeting.bodyId();
            BodyView bodyView = body == null ? null : allBodies.get(body);
            return new PersonalDataExport.Attendance(e.meetingId(), body, bodyView == null ? null : bodyView.name(),
                    meeting == null ? null : meeting.start(), e.status(), e.substituteFor(), e.note());
        }).toList();

        List<PersonalDataExport.OwnedAction> owned = actions.ownedBy(person).stream()
                .map(action -> new PersonalDataExport.OwnedAction(action.actionId(), action.bodyId(),
                        action.meetingId(), action.description(), action.dueDate(), action.status()))
                .toList();

        return new PersonalDataExport(person, new PersonalDataExport.Details(view.name(), view.email(), view.phone(),
                view.organisation(), view.erased()), seats, attendance, remarks, owned);
    }
}
