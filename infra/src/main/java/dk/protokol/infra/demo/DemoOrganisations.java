package dk.protokol.infra.demo;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two partnerships of DOMAIN.md, BolivVejle and ByLivKolding, with their bodies and relations and
 * invented members, recorded through the same commands a user would send. Every person is fictitious.
 */
final class DemoOrganisations {

    static final String BOLIVVEJLE = "BolivVejle";
    static final String BYLIVKOLDING = "ByLivKolding";

    /** The day the demo organisation was set up; business dates are relative to it. */
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    /** The new council took office: BPS changed chair. */
    static final LocalDate CHAIR_CHANGE = LocalDate.of(2026, 1, 1);

    private final CommandGateway commands;
    /** Who is who in the demo, for the meetings recorded after the organisations ({@link DemoMeetings}). */
    final Cast cast = new Cast();
    /** Demo user name -> the person the account is linked to (API.md "Authentication"). */
    private final Map<String, PersonId> accountPeople = new LinkedHashMap<>();

    DemoOrganisations(CommandGateway commands) {
        this.commands = commands;
    }

    Map<String, PersonId> accountPeople() {
        return accountPeople;
    }

    void load() {
        loadBolivVejle();
        loadByLivKolding();
    }

    private void loadBolivVejle() {
        BodyId bps = body("Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, BOLIVVEJLE, null,
                "Fastlægger de boligpolitiske linjer for den boligsociale indsats i Vejle.", 4, 6);
        BodyId fku = body("Forum for Koordination og Udvikling", BodyKind.FORUM, BOLIVVEJLE, null,
                "Forbereder sager til Boligpolitisk Styregruppe og implementerer dens beslutninger.", 4, null);
        BodyId dhi = body("Den administrative følgegruppe for den helhedsorienterede integrationsindsats (DHI)",
                BodyKind.FOLLOW_UP_GROUP, BOLIVVEJLE, null,
                "Kommunens tværgående ledergruppe for integrationsindsatsen.", 3, null);
        BodyId loeget = body("Lokal styregruppe Løget", BodyKind.STEERING_GROUP, BOLIVVEJLE, bps,
                "Ejer den lokale helhedsplan for Løget.", null, null);
        BodyId noerremarken = body("Lokal styregruppe Nørremarken", BodyKind.STEERING_GROUP, BOLIVVEJLE, bps,
                "Ejer den lokale helhedsplan for Nørremarken.", null, null);
        BodyId samarbejdet = body("Samarbejdet mellem boligorganisationerne", BodyKind.COORDINATION_GROUP,
                BOLIVVEJLE, null, "Boligorganisationernes fælles stemme.", 4, null);
        BodyId adHoc = body("Ad hoc arbejdsgruppe om fritidsjob", BodyKind.WORKING_GROUP, BOLIVVEJLE, fku,
                "Nedsat efter behov; afløser de tidligere temagrupper.", null, null);
        BodyId temagruppe = body("Temagruppe Uddannelse og beskæftigelse", BodyKind.WORKING_GROUP, BOLIVVEJLE,
                fku, "Tidligere temagruppe.", null, null);
        BodyId secretariat = body("Fællessekretariatet", BodyKind.SECRETARIAT, BOLIVVEJLE, null,
                "Planlægger og koordinerer møder, skriver referater og sikrer opfølgning.", null, null);

        relate(fku, bps, RelationKind.PREPARES_FOR);
        relate(fku, bps, RelationKind.REPORTS_TO);
        relate(dhi, fku, RelationKind.REPORTS_TO);
        relate(loeget, bps, RelationKind.REPORTS_TO);
        relate(noerremarken, bps, RelationKind.REPORTS_TO);
        relate(adHoc, fku, RelationKind.REPORTS_TO);
        for (BodyId served : new BodyId[]{bps, fku, dhi, loeget, noerremarken, samarbejdet, adHoc}) {
            relate(secretariat, served, RelationKind.SERVES);
        }
        commands.sendAndWait(new DissolveBody(temagruppe, LocalDate.of(2025, 6, 30),
                "Temagrupperne er nedlagt og afløst af ad hoc arbejdsgrupper."));

        PersonId formerMayor = person("Henrik Aagaard Mølholm", "Vejle Kommune");
        PersonId mayor = person("Lene Tovborg Skjold", "Vejle Kommune");
        PersonId deputyMayor = person("Morten Lindved Sand", "Vejle Kommune");
        PersonId technicalChair = person("Pia Rosendahl Bech", "Vejle Kommune");
        PersonId seniorChair = person("Ole Kastbjerg Friis", "Vejle Kommune");
        PersonId aabChair = person("Grethe Uldall Holm", "AAB");
        PersonId domeaRep = person("Kasper Vinding Ravn", "Domea");
        PersonId lejerboRep = person("Sanne Hvidberg Toft", "Lejerbo");
        PersonId oesterboRep = person("Jonas Egholm Brix", "ØsterBO");
        PersonId director = person("Hanne Stenbæk Riis", "Vejle Kommune");
        PersonId jobCentreHead = person("Rasmus Kjærsgaard Dal", "Vejle Kommune");
        PersonId secretary = person("Sofie Brandt Lykke", "Fællessekretariatet");
        PersonId secretary2 = person("Mads Høyer Nygaard", "Fællessekretariatet");

        appoint(bps, formerMayor, MemberRole.CHAIR, "Vejle Kommune (borgmester)", START);
        commands.sendAndWait(new EndMembership(bps, formerMayor, CHAIR_CHANGE.minusDays(1),
                "Ny byrådsperiode"));
        appoint(bps, mayor, MemberRole.MEMBER, "Vejle Kommune (udvalgsformand)", START);
        commands.sendAndWait(new ChangeMemberRole(bps, mayor, MemberRole.CHAIR, CHAIR_CHANGE));
        appoint(bps, deputyMayor, MemberRole.VICE_CHAIR, "Vejle Kommune (viceborgmester)", START);
        appoint(bps, technicalChair, MemberRole.MEMBER, "Vejle Kommune (Teknisk Udvalg)", START);
        appoint(bps, seniorChair, MemberRole.MEMBER, "Vejle Kommune (Seniorudvalget)", START);
        appoint(bps, aabChair, MemberRole.MEMBER, "AAB", START);
        appoint(bps, domeaRep, MemberRole.MEMBER, "Domea", START);
        appoint(bps, lejerboRep, MemberRole.MEMBER, "Lejerbo", START);
        appoint(bps, oesterboRep, MemberRole.MEMBER, "ØsterBO", START);
        appoint(bps, secretary, MemberRole.SECRETARY, "Fællessekretariatet", START);

        appoint(fku, director, MemberRole.CHAIR, "Vejle Kommune (kommunaldirektør)", START);
        appoint(fku, domeaRep, MemberRole.MEMBER, "Domea", START);
        appoint(fku, lejerboRep, MemberRole.MEMBER, "Lejerbo", START);
        appoint(fku, secretary, MemberRole.SECRETARY, "Fællessekretariatet", START);

        appoint(dhi, jobCentreHead, MemberRole.CHAIR, "Jobcentret", START);
        appoint(dhi, secretary2, MemberRole.OBSERVER, "Fællessekretariatet", START);

        appoint(samarbejdet, aabChair, MemberRole.MEMBER, "AAB", START);
        appoint(secretariat, secretary, MemberRole.MEMBER, "Fællessekretariatet", START);
        appoint(secretariat, secretary2, MemberRole.MEMBER, "Fællessekretariatet", START);

        PersonId lejerboSubstitute = person("Vibeke Lund Thorsen", "Lejerbo");
        appoint(fku, lejerboSubstitute, MemberRole.SUBSTITUTE, "Lejerbo", START);

        // the local steering groups and the working group: members of their own, no chair (led by a chair for the
        // day, DOMAIN.md); the secretariat serves them
        PersonId loegetResident = person("Karin Holmsgaard Vig", "Beboerdemokratiet i Løget");
        PersonId noerremarkenResident = person("Bent Løvstrøm Agger", "Beboerdemokratiet i Nørremarken");
        PersonId areaManager = person("Tina Brogaard Nørby", "Vejle Kommune");
        appoint(loeget, loegetResident, MemberRole.MEMBER, "Beboerdemokratiet", START);
        appoint(loeget, areaManager, MemberRole.MEMBER, "Vejle Kommune", START);
        appoint(noerremarken, noerremarkenResident, MemberRole.MEMBER, "Beboerdemokratiet", START);
        appoint(noerremarken, areaManager, MemberRole.MEMBER, "Vejle Kommune", START);
        appoint(adHoc, areaManager, MemberRole.MEMBER, "Vejle Kommune", START);
        appoint(adHoc, lejerboRep, MemberRole.MEMBER, "Lejerbo", START);

        cast.bps = bps;
        cast.fku = fku;
        cast.formerMayor = formerMayor;
        cast.mayor = mayor;
        cast.bpsVoting = List.of(mayor, deputyMayor, technicalChair, seniorChair, aabChair, domeaRep, lejerboRep,
                oesterboRep);
        cast.director = director;
        cast.domeaRep = domeaRep;
        cast.lejerboRep = lejerboRep;
        cast.lejerboSubstitute = lejerboSubstitute;
        cast.aabChair = aabChair;
        cast.seniorChair = seniorChair;
        cast.secretary = secretary;

        accountPeople.put("sekretaer", secretary);
        accountPeople.put("formand", mayor);
        accountPeople.put("medlem", aabChair);
    }

    private void loadByLivKolding() {
        BodyId board = body("Bestyrelsen", BodyKind.BOARD, BYLIVKOLDING, null,
                "Strategisk ledelse af helhedsplanen.", 4, 4);
        BodyId management = body("Sekretariatsledelsen", BodyKind.SECRETARIAT, BYLIVKOLDING, null,
                "Daglig drift; betjener bestyrelsen, dokumenterer og evaluerer.", null, null);
        relate(management, board, RelationKind.SERVES);
        relate(management, board, RelationKind.REPORTS_TO);
        List<BodyId> served = new ArrayList<>();

        for (String area : new String[]{"Børn, unge og familier", "Beboernetværk, involvering og demokrati",
                "Sundhed og bevægelse", "Uddannelse, beskæftigelse og erhverv"}) {
            BodyId group = body("Følgegruppe: " + area, BodyKind.FOLLOW_UP_GROUP, BYLIVKOLDING, board,
                    "Følger implementeringen af indsatsområdet.", 2, null);
            relate(group, board, RelationKind.REPORTS_TO);
            served.add(group);
        }
        for (String quarter : new String[]{"Skovvejen/Skovparken", "Munkebo", "Fjordparken/Brændkjær"}) {
            BodyId network = body("Kvarternetværk " + quarter, BodyKind.QUARTER_NETWORK, BYLIVKOLDING, null,
                    "Frivillige, medarbejdere, beboerdemokrater, politi og kommunale samarbejdspartnere.",
                    4, null);
            relate(network, management, RelationKind.REPORTS_TO);
            // the networks' minutes are approved tacitly after eight days and published for the residents (issue 14)
            commands.sendAndWait(new SetObjectionPeriod(network, 8, true));
            commands.sendAndWait(new PublishMinutes(network, true));
            if (quarter.equals("Munkebo")) {
                cast.munkebo = network;
            }
            served.add(network);
        }
        served.add(body("Koordinationsgrupper (afdelingsbestyrelserne)", BodyKind.COORDINATION_GROUP, BYLIVKOLDING,
                null, "Holdes orienteret to gange om året.", 2, null));
        served.add(body("Erfaringsnetværk for afdelingsbestyrelserne", BodyKind.NETWORK, BYLIVKOLDING, null,
                "For bestyrelserne i de 14 afdelinger.", null, null));
        // the secretariat management serves the board, the follow-up groups, the networks and the coordination
        // groups (DOMAIN.md); each has members of its own who can lead a meeting and approve its minutes
        PersonId volunteer = person("Hanne Fogh Skriver", "Frivillig, Munkebo");
        PersonId residentDemocrat = person("Ali Demir Sørensen", "Afdelingsbestyrelse, Skovparken");
        PersonId socialWorker = person("Maria Kjeldgaard Winther", "Kolding Kommune");
        for (BodyId body : served) {
            relate(management, body, RelationKind.SERVES);
            appoint(body, residentDemocrat, MemberRole.MEMBER, "Beboerdemokratiet", START);
            appoint(body, socialWorker, MemberRole.MEMBER, "Kolding Kommune", START);
        }
        appoint(served.get(5), volunteer, MemberRole.MEMBER, "Frivillige", START);

        PersonId boardChair = person("Birthe Kronborg Vang", "Kolding Kommune");
        PersonId associationDirector = person("Thomas Ellegaard Mose", "Boligforeningen");
        PersonId secretariatLead = person("Camilla Fjord Hestbech", "Sekretariatet");
        PersonId coordinator = person("Anders Bøgild Krag", "Kolding Kommune");
        appoint(board, boardChair, MemberRole.CHAIR, "Kolding Kommune", START);
        appoint(board, associationDirector, MemberRole.MEMBER, "Boligforeningen", START);
        appoint(board, secretariatLead, MemberRole.SECRETARY, "Sekretariatet", START);
        appoint(management, secretariatLead, MemberRole.CHAIR, "Sekretariatet", START);
        appoint(management, coordinator, MemberRole.MEMBER, "Kolding Kommune", START);
        // the demo's one secretary account serves both partnerships: the joint secretariat's secretary helps
        // ByLivKolding's secretariat management too
        appoint(management, accountPeople.get("sekretaer"), MemberRole.MEMBER, "Sekretariatsbistand", START);
        // the board decides with four voting members present (its quorum)
        PersonId municipalDirector = person("Lise Mørup Dahl", "Kolding Kommune");
        PersonId departmentChair = person("Jesper Ravnholt Bak", "Boligforeningen");
        appoint(board, municipalDirector, MemberRole.MEMBER, "Kolding Kommune", START);
        appoint(board, departmentChair, MemberRole.MEMBER, "Boligforeningen", START);

        cast.munkeboMembers = List.of(residentDemocrat, socialWorker, volunteer);
        cast.board = board;
        cast.management = management;
        cast.boardChair = boardChair;
        cast.boardVoting = List.of(boardChair, associationDirector, municipalDirector, departmentChair);
        cast.secretariatLead = secretariatLead;
        cast.coordinator = coordinator;
    }

    /** The bodies and people the demo's meetings need; filled while the organisations are recorded. */
    static final class Cast {
        BodyId bps;
        BodyId fku;
        BodyId board;
        BodyId management;
        /** A quarter network that approves its minutes tacitly and publishes them (issue 14), and its members. */
        BodyId munkebo;
        List<PersonId> munkeboMembers;
        PersonId formerMayor;
        PersonId mayor;
        /** BPS's voting members from the chair change on, the chair first. */
        List<PersonId> bpsVoting;
        PersonId director;
        PersonId domeaRep;
        PersonId lejerboRep;
        PersonId lejerboSubstitute;
        PersonId aabChair;
        PersonId seniorChair;
        PersonId secretary;
        PersonId boardChair;
        /** The Kolding board's voting members, the chair first. */
        List<PersonId> boardVoting;
        PersonId secretariatLead;
        PersonId coordinator;

        /** Who chairs BPS on a day: the mayor of the council in office. */
        PersonId bpsChairOn(LocalDate day) {
            return day.isBefore(CHAIR_CHANGE) ? formerMayor : mayor;
        }
    }

    private BodyId body(String name, BodyKind kind, String organisation, BodyId parent, String mandate,
                        Integer meetingsPerYear, Integer quorum) {
        BodyId id = BodyId.random();
        commands.sendAndWait(new EstablishBody(id, name, kind, organisation, parent, mandate, meetingsPerYear,
                quorum, START));
        return id;
    }

    private PersonId person(String name, String organisation) {
        PersonId id = PersonId.random();
        String mail = name.toLowerCase().split(" ")[0] + "@eksempel.dk";
        commands.sendAndWait(new RegisterPerson(id, name, mail, null, organisation));
        return id;
    }

    private void relate(BodyId from, BodyId to, RelationKind relation) {
        commands.sendAndWait(new DeclareBodyRelation(from, to, relation));
    }

    private void appoint(BodyId body, PersonId person, MemberRole role, String representing, LocalDate from) {
        commands.sendAndWait(new AppointMember(body, person, role, representing, from));
    }
}
