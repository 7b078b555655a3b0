package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;

/** Events of the Meeting aggregate (agenda items are its members). They refer to people by id only. */
public sealed interface MeetingEvent
        permits MeetingScheduled, MeetingRescheduled, MeetingCancelled, AgendaItemAdded,
        AgendaItemAmended, AgendaItemPresenterChanged, AgendaItemWithdrawn, AgendaReordered, AgendaPublished,
        AttendanceRecorded, ConflictOfInterestDeclared, MeetingOpened, ItemNotesRecorded,
        DecisionRecorded, RemarkRecorded, ActionAgreed, CaseReferred,
        MeetingClosed, MinutesCirculated, MinutesApproved, MinutesCorrected, ObjectionPeriodStarted,
        MinutesCommentMade, MinutesCommentAnswered,
        ReferredCaseAccepted, ChairOfTheDayChosen, MinuteTakerNamed, JointBodyAdded, JointBodyWithdrawn,
        AttachmentAdded, AttachmentWithdrawn {
    MeetingId meetingId();
}
