package dk.protokol.query.documents;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.actions.FollowUp;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesView.Action;
import dk.protokol.query.minutes.MinutesView.Attendee;
import dk.protokol.query.minutes.MinutesView.Conflict;
import dk.protokol.query.minutes.MinutesView.Correction;
import dk.protokol.query.minutes.MinutesView.Decision;
import dk.protokol.query.minutes.MinutesView.Item;
import dk.protokol.query.minutes.MinutesView.MeetingLink;
import dk.protokol.query.minutes.MinutesView.ReferredFrom;
import dk.protokol.query.minutes.MinutesView.Referral;
import dk.protokol.query.minutes.MinutesView.Remark;
import dk.protokol.query.minutes.MinutesView.Votes;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Minutes of a BPS meeting (fictitious people) with every part a referat can have, the standing follow-up of
 * two actions agreed in September among them (one overdue, with progress before and at the meeting; one
 * without progress).
 */
final class SampleMinutes {

    static final MeetingId MEETING = MeetingId.of(UUID.fromString("6f1c8a52-0d3e-4c41-9a77-3e0b6b1f2a10"));
    static final MeetingId NEXT_MEETING = MeetingId.of(UUID.fromString("8b2d4e61-7a0f-4d52-8e33-1c9d0a2b3c40"));
    static final MeetingId SEPTEMBER_MEETING = MeetingId.of(UUID.fromString("3c5e7a90-1b2d-4f46-8a0c-2e4f6a8b0c12"));
    static final BodyId BPS = BodyId.of(UUID.fromString("0a6c1f7e-2b3d-4e5f-8a9b-c0d1e2f3a4b5"));
    static final BodyId FKU = BodyId.of(UUID.fromString("1b7d2a8f-3c4e-4f60-9bac-d1e2f3a4b5c6"));

    static final PersonRef CHAIR = person("Mette Juhl Sørensen");
    static final PersonRef SECRETARY = person("Lise Dahl Østergaard");
    static final PersonRef MEMBER = person("Jens Åge Bækgaard");
    static final PersonRef SUBSTITUTE_FOR = person("Karen Holm");

    private SampleMinutes() {
    }

    static PersonRef person(String name) {
        return new PersonRef(PersonId.of(UUID.nameUUIDFromBytes(name.getBytes())), name);
    }

    static MinutesView approved() {
        AgendaItemId standing = AgendaItemId.of(UUID.fromString("00000000-0000-4000-8000-000000000001"));
        AgendaItemId budget = AgendaItemId.of(UUID.fromString("00000000-0000-4000-8000-000000000002"));
        AgendaItemId withdrawn = AgendaItemId.of(UUID.fromString("00000000-0000-4000-8000-000000000003"));
        AgendaItemId housing = AgendaItemId.of(UUID.fromString("00000000-0000-4000-8000-000000000004"));
        DecisionId budgetDecision = DecisionId.of(UUID.fromString("00000000-0000-4000-8000-0000000000d1"));
        DecisionId housingDecision = DecisionId.of(UUID.fromString("00000000-0000-4000-8000-0000000000d2"));

        Instant corrected = Instant.parse("2027-01-20T09:15:00Z");
        Correction budgetCorrection = new Correction(CorrectionId.of(UUID.fromString(
                "00000000-0000-4000-8000-0000000000c1")), budget, 2,
                "Beløbet til lektiecaféen er 250.000 kr., ikke 200.000 kr.", "Tastefejl i referatet",
                corrected, SECRETARY);
        Correction generalCorrection = new Correction(CorrectionId.of(UUID.fromString(
                "00000000-0000-4000-8000-0000000000c2")), null, null,
                "Jens Åge Bækgaard deltog også i mødet.", "Deltagerlisten var ufuldstændig",
                corrected, SECRETARY);

        List<Item> agenda = List.of(
                new Item(standing, 1, "Godkendelse af dagsorden og referat", AgendaItemKind.DECISION,
                        "til beslutning", null, null, true, false, null,
                        "Dagsorden og referat fra sidste møde blev godkendt.", null,
                        List.of(), List.of(), List.of(), List.of(), List.of()),
                new Item(budget, 2, "Budget 2027 for Løget & Nørremarken", AgendaItemKind.DECISION,
                        "til beslutning", "Sekretariatet fremlægger budgettet.\nBilag: budget.xlsx", CHAIR,
                        false, false, null,
                        "Styregruppen drøftede fordelingen mellem boligområderne.\n\nDer var enighed om at prioritere lektiecaféen.",
                        "Sekretariatet indstiller, at budgettet godkendes.",
                        List.of(new Decision(budgetDecision, "Budgettet blev godkendt med de faldne bemærkninger.",
                                DecisionOutcome.ADOPTED, "vedtaget", "Sekretariatet indstiller, at budgettet godkendes.",
                                new Votes(7, 1, 2), true,
                                List.of(new Remark(MEMBER, "Jeg ønsker ført til protokol, at ØsterBO stemte imod.")))),
                        List.of(new Action(ActionId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1")),
                                "Udsende det godkendte budget til boligorganisationerne", SECRETARY,
                                LocalDate.of(2027, 1, 15), budgetDecision)),
                        List.of(),
                        List.of(new Conflict(MEMBER, "Formand for afdelingsbestyrelsen i Løget")),
                        List.of(budgetCorrection)),
                new Item(withdrawn, null, "Temadag om trivsel", AgendaItemKind.INFORMATION, "til orientering",
                        null, null, false, true, "Udskudt til næste møde", null, null,
                        List.of(), List.of(), List.of(), List.of(), List.of()),
                new Item(housing, 3, "Boligsocial strategi *udkast* <b>fed</b> [link](http://x)",
                        AgendaItemKind.DISCUSSION, "til drøftelse", null, null, false, false, null,
                        "# ikke en overskrift\n- ikke en liste\n1. heller ikke", null,
                        List.of(new Decision(housingDecision, "Sagen sendes til FKU til videre bearbejdning.",
                                DecisionOutcome.POSTPONED, "udsat", null, null, false, List.of())),
                        List.of(),
                        List.of(new Referral(ReferralId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f1")),
                                FKU, "Forum for Koordination og Udvikling", "Udarbejd et nyt udkast til næste møde")),
                        List.of(), List.of(),
                        new ReferredFrom(ReferralId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f0")),
                                FKU, "Forum for Koordination og Udvikling", MeetingId.of(UUID.fromString(
                                "00000000-0000-4000-8000-0000000000e0")), AgendaItemId.of(UUID.fromString(
                                "00000000-0000-4000-8000-0000000000e1")))));

        List<FollowUp> followUp = List.of(
                new FollowUp(ActionId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")),
                        "Indhente tilbud på legepladsen", MEMBER, LocalDate.of(2026, 11, 15), true,
                        new FollowUp.MeetingRef(SEPTEMBER_MEETING, LocalDate.of(2026, 9, 10)), "Udearealer i Løget",
                        new FollowUp.Progress("Tilbud modtaget fra to firmaer", Instant.parse("2026-11-20T09:00:00Z"),
                                null),
                        List.of(new FollowUp.Progress("Tilbuddene blev gennemgået *her* <b>nu</b>\n# ikke en overskrift",
                                Instant.parse("2026-12-03T13:30:00Z"),
                                new FollowUp.MeetingRef(MEETING, LocalDate.of(2026, 12, 3))))),
                new FollowUp(ActionId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b2")),
                        "Udsende invitation til temadag", SECRETARY, LocalDate.of(2027, 2, 1), false,
                        new FollowUp.MeetingRef(SEPTEMBER_MEETING, LocalDate.of(2026, 9, 10)), null, null, List.of()));

        return new MinutesView(MEETING, BPS, "Boligpolitisk Styregruppe", "BolivVejle",
                MeetingStatus.MINUTES_APPROVED, "referat godkendt", null,
                LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 16, 30),
                "Vejle Rådhus, mødelokale Ådalen",
                List.of(new Attendee(CHAIR.personId(), CHAIR.name(), "Vejle Kommune", null, null, null, null),
                        new Attendee(MEMBER.personId(), MEMBER.name(), "ØsterBO", SUBSTITUTE_FOR, 2, null, null)),
                List.of(new Attendee(PersonId.random(), "Søren Ærbø", "Domea", null, null, null, null)),
                List.of(new Attendee(PersonId.random(), "Ole Fraværsen", null, null, null, null, null)),
                List.of(new Attendee(PersonId.random(), "Gitte Gæst", "Vejle Politi", null, null, null, null)),
                SECRETARY,
                Instant.parse("2027-01-12T15:30:00Z"), CHAIR,
                new MeetingLink(NEXT_MEETING, BPS, "Boligpolitisk Styregruppe", LocalDateTime.of(2027, 1, 12, 14, 0)),
                List.of(),
                agenda, followUp, List.of(budgetCorrection, generalCorrection), null);
    }

    static MinutesView cancelled() {
        return new MinutesView(NEXT_MEETING, BPS, "Boligpolitisk Styregruppe", "BolivVejle",
                MeetingStatus.CANCELLED, "aflyst", "Formanden er syg",
                LocalDateTime.of(2027, 6, 10, 14, 0), LocalDateTime.of(2027, 6, 10, 16, 0), "Løget Beboerhus",
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, List.of(),
                List.of(new Item(AgendaItemId.of(UUID.fromString("00000000-0000-4000-8000-000000000011")), 1,
                        "Godkendelse af dagsorden og referat", AgendaItemKind.DECISION, "til beslutning", null,
                        null, true, false, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of())),
                List.of(), null);
    }
}
