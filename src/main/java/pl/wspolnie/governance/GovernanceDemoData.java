package pl.wspolnie.governance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.governance.domain.ActionPlan;
import pl.wspolnie.governance.domain.ActionYear;
import pl.wspolnie.governance.domain.AgreementDocument;
import pl.wspolnie.governance.domain.AgreementText;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.Application;
import pl.wspolnie.governance.domain.Council;
import pl.wspolnie.governance.domain.Elections;
import pl.wspolnie.governance.domain.Forum;
import pl.wspolnie.governance.domain.Mandate;
import pl.wspolnie.governance.domain.AgreementMeeting;
import pl.wspolnie.governance.domain.Meetings;
import pl.wspolnie.governance.domain.Documents;
import pl.wspolnie.governance.domain.Party;
import pl.wspolnie.governance.domain.Resolution;
import pl.wspolnie.governance.domain.ResolutionRegister;
import pl.wspolnie.governance.domain.SeatGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo data of partnership governance (called by the demo module's DemoGovernance): the
 * powiat's cooperation agreement with the goals, actions and principles of seed 000 and
 * twelve parties (the powiat, Gmina Kluczewsko, two units, eight NGOs), each represented
 * in the Forum; a Council term whose city office and unit seats are appointed and whose
 * three NGO seats the Forum fills in an election with results; a meeting of the Forum and
 * one of the Council with attendance and minutes; three resolutions of the register (two
 * adopting the two versions of the Council's regulation, one of the Forum), and actions
 * under the goals with their statuses. Everything goes through the module's use cases
 * with the demo people as the actors; only the NGOs other than the one of
 * ngo@wspolnie.demo apply, and are represented in the Forum, without a representative of
 * their own (the demo organisations have none).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GovernanceDemoData {

    /** The demo people who act. */
    public record People(long coordinator, long powiatAdmin, long kluczewskoAdmin, long ngoRepresentative,
            long powiatOfficial, String powiatOfficialEmail, List<Long> unitDirectors, List<Long> ngoForumMembers) {
    }

    static final AgreementText SEED_000 = new AgreementText(
            "Porozumienie na rzecz profesjonalizacji sektora pozarządowego Powiatu Włoszczowskiego",
            "Porozumienie organizacji pozarządowych i samorządów na rzecz profesjonalizacji sektora pozarządowego: "
                    + "partnerstwo jako sposób rozwiązywania problemów organizacji i mieszkańców powiatu.",
            """
                    Promowanie partnerstwa jako sposobu rozwiązywania problemów organizacji pozarządowych
                    Wzrost zatrudnienia w organizacjach pozarządowych
                    Podnoszenie kompetencji kadr organizacji
                    Pozyskiwanie dodatkowych środków finansowych dla organizacji
                    Udział w tworzeniu prawa lokalnego i krajowego
                    Wzmacnianie współpracy samorządów, organizacji i biznesu
                    Budowanie pozytywnego wizerunku organizacji pozarządowych
                    Promocja wolontariatu""", """
                    Utworzenie Centrum Organizacji Pozarządowych
                    Wspieranie współpracy przy realizacji zadań publicznych
                    Platforma wymiany informacji
                    Badanie i diagnoza potrzeb lokalnych organizacji
                    Szkolenia, doradztwo i konsultacje
                    Wydarzenia promocyjne: forum, spotkania, wystawy, publikacje
                    Poszukiwanie i promowanie dobrych praktyk w kraju i za granicą""", """
                    Pomocniczość
                    Suwerenność stron
                    Partnerstwo
                    Efektywność
                    Uczciwa konkurencja
                    Jawność""");

    private final Agreements agreements;

    private final Forum forum;

    private final Council council;

    private final Elections elections;

    private final Meetings meetings;

    private final ResolutionRegister resolutions;

    private final Documents documents;

    private final ActionPlan plan;

    /**
     * Seeds the agreement; {@code organizations} starts with the organisation of
     * {@code people.ngoRepresentative()}, then seven more, whose Forum members are
     * {@code people.ngoForumMembers()} in order. Returns the agreement's id.
     */
    @Transactional
    public long seed(long powiat, long kluczewsko, List<Long> organizations, People people) {
        LocalDate today = agreements.today();
        long id = agreements.create(people.coordinator(), powiat, SEED_000, today.minusYears(1));
        List<Long> applications = new ArrayList<>();
        applications.add(agreements.apply(people.kluczewskoAdmin(), id,
                new Application(Party.Kind.JST, null, kluczewsko, null, true)));
        applications.add(agreements.apply(people.powiatAdmin(), id, new Application(Party.Kind.UNIT, null, powiat,
                "Powiatowe Centrum Pomocy Rodzinie we Włoszczowie", true)));
        applications.add(agreements.apply(people.kluczewskoAdmin(), id,
                new Application(Party.Kind.UNIT, null, kluczewsko, "Gminny Ośrodek Kultury w Kluczewsku", true)));
        applications.add(agreements.apply(people.ngoRepresentative(), id,
                new Application(Party.Kind.NGO, organizations.get(0), null, null, true)));
        for (int i = 1; i < organizations.size(); i++) {
            applications.add(agreements.seedApplication(people.ngoForumMembers().get(i - 1), id, organizations.get(i)));
        }
        for (long party : applications) {
            agreements.decide(people.coordinator(), id, party, true, null);
        }
        long powiatParty = agreements.partyOf(id, Party.Kind.JST, powiat);
        LocalDate from = today; // the parties joined today
        // the Forum: the JSTs and units through their administrators, the NGOs
        forum.name(people.powiatAdmin(), id, powiatParty,
                new Forum.Naming(Mandate.Role.REPRESENTATIVE, people.powiatOfficialEmail(), from, null));
        List<Long> voters = new ArrayList<>();
        voters.add(people.powiatOfficial());
        long kluczewskoParty = applications.get(0);
        forum.seedMandate(kluczewskoParty, Mandate.Role.REPRESENTATIVE, people.kluczewskoAdmin(), from,
                people.kluczewskoAdmin());
        voters.add(people.kluczewskoAdmin());
        for (int u = 0; u < 2; u++) {
            forum.seedMandate(applications.get(1 + u), Mandate.Role.REPRESENTATIVE, people.unitDirectors().get(u), from,
                    u == 0 ? people.powiatAdmin() : people.kluczewskoAdmin());
            voters.add(people.unitDirectors().get(u));
        }
        forum.seedMandate(applications.get(3), Mandate.Role.REPRESENTATIVE, people.ngoRepresentative(), from,
                people.ngoRepresentative());
        voters.add(people.ngoRepresentative());
        for (int i = 1; i < organizations.size(); i++) {
            long member = people.ngoForumMembers().get(i - 1);
            forum.seedMandate(applications.get(3 + i), Mandate.Role.REPRESENTATIVE, member, from, member);
            voters.add(member);
        }

        // the Council: a term, the appointed seats, then the election of the NGO seats
        council.openTerm(people.coordinator(), id, today.minusDays(30), today.plusYears(3).minusDays(31));
        council.appointPerson(people.coordinator(), id, SeatGroup.CITY_OFFICE, powiatParty, people.powiatOfficial(),
                from);
        council.appointPerson(people.coordinator(), id, SeatGroup.CITY_OFFICE, kluczewskoParty,
                people.kluczewskoAdmin(), from);
        for (int u = 0; u < 2; u++) {
            council.appointPerson(people.coordinator(), id, SeatGroup.UNIT, applications.get(1 + u),
                    people.unitDirectors().get(u), from);
        }
        long election = elections.call(people.coordinator(), id,
                "Wybory przedstawicieli organizacji pozarządowych do Rady Porozumienia");
        List<Long> nominations = new ArrayList<>();
        nominations.add(elections.nominatePerson(people.ngoRepresentative(), id, election, people.ngoRepresentative(),
                applications.get(3)));
        for (int i = 1; i <= 3; i++) {
            nominations.add(elections.nominatePerson(people.ngoRepresentative(), id, election,
                    people.ngoForumMembers().get(i - 1), applications.get(3 + i)));
        }
        elections.accept(people.ngoRepresentative(), id, election, nominations.get(0));
        for (int i = 1; i <= 3; i++) {
            elections.accept(people.ngoForumMembers().get(i - 1), id, election, nominations.get(i));
        }
        elections.openVoting(people.coordinator(), id, election);
        for (int v = 0; v < voters.size() - 2; v++) {
            // ten of the twelve parties vote, each for three of the four candidates
            List<Long> choice = new ArrayList<>(nominations);
            choice.remove(v % 4 == 3 ? 0 : 3);
            elections.vote(voters.get(v), id, election, choice.subList(0, 3));
        }
        elections.close(people.coordinator(), id, election);

        // a meeting of the Forum and one of the Council, with attendance and minutes
        long forumMeeting = meetings.call(people.coordinator(), id, AgreementMeeting.Body.FORUM, today.atTime(10, 0),
                "Starostwo Powiatowe we Włoszczowie, sala konferencyjna",
                "1. Otwarcie\n2. Wybory przedstawicieli organizacji do Rady Porozumienia\n3. Plan działań na rok");
        meetings.recordAttendance(people.coordinator(), id, forumMeeting, Set.copyOf(voters.subList(0, 10)));
        meetings.recordMinutes(people.coordinator(), id, forumMeeting,
                "Forum wybrało trzech przedstawicieli organizacji do Rady Porozumienia i przyjęło plan działań.");
        long councilMeeting = meetings.call(people.coordinator(), id, AgreementMeeting.Body.COUNCIL,
                today.atTime(13, 0), "Starostwo Powiatowe we Włoszczowie, pok. 12",
                "1. Ukonstytuowanie się Rady\n2. Projekt regulaminu Rady Porozumienia");
        meetings.recordAttendance(people.coordinator(), id, councilMeeting,
                meetings.members(id, AgreementMeeting.Body.COUNCIL, today));
        meetings.recordMinutes(people.coordinator(), id, councilMeeting,
                "Rada ukonstytuowała się i skierowała projekt regulaminu do konsultacji ze stronami porozumienia.");
        records(people.coordinator(), id, forumMeeting, councilMeeting, powiatParty, kluczewskoParty,
                applications.get(1), applications.get(3));
        return id;
    }

    /**
     * The register, documents and actions: three resolutions (the Council's adopting its
     * regulation, then amending it with a second version in force two weeks later, and
     * the Forum's plan of actions), and actions under three goals with statuses.
     */
    private void records(long coordinator, long id, long forumMeeting, long councilMeeting, long powiat,
            long kluczewsko, long pcpr, long ngo) {
        LocalDate today = agreements.today();
        Map<Long, Resolution.Vote> council = new HashMap<>();
        meetings.get(id, councilMeeting).present().forEach(m -> council.put(m, Resolution.Vote.FOR));
        long first = resolutions.adopt(coordinator, id, councilMeeting,
                new ResolutionRegister.Draft("w sprawie przyjęcia Regulaminu Rady Porozumienia",
                        "§ 1. Rada Porozumienia przyjmuje Regulamin Rady Porozumienia w brzmieniu załącznika.\n"
                                + "§ 2. Uchwała wchodzi w życie z dniem podjęcia.",
                        null, null),
                council);
        long regulation = documents.create(coordinator, id, AgreementDocument.Kind.COUNCIL_REGULATION,
                "Regulamin Rady Porozumienia", REGULATION_V1);
        documents.adopt(coordinator, id, regulation, 1, first, today);
        Map<Long, Resolution.Vote> amending = new HashMap<>(council);
        amending.put(amending.keySet().iterator().next(), Resolution.Vote.ABSTAINED);
        long second = resolutions.adopt(coordinator, id, councilMeeting,
                new ResolutionRegister.Draft("w sprawie zmiany Regulaminu Rady Porozumienia",
                        "§ 1. W Regulaminie Rady Porozumienia posiedzenia odbywają się co najmniej raz w miesiącu, "
                                + "a protokoły publikuje się na platformie Wspólnie.\n"
                                + "§ 2. Uchwała wchodzi w życie po 14 dniach od podjęcia.",
                        first, Resolution.Change.AMENDS),
                amending);
        documents.addVersion(coordinator, id, regulation, REGULATION_V2);
        documents.adopt(coordinator, id, regulation, 2, second, today.plusDays(14));
        Map<Long, Resolution.Vote> forum = new HashMap<>();
        meetings.get(id, forumMeeting).present().forEach(m -> forum.put(m, Resolution.Vote.FOR));
        resolutions
            .adopt(coordinator, id, forumMeeting,
                    new ResolutionRegister.Draft("w sprawie planu działań porozumienia na rok " + today.getYear(),
                            "§ 1. Forum przyjmuje plan działań porozumienia: Centrum Organizacji Pozarządowych, "
                                    + "platforma wymiany informacji, diagnoza potrzeb organizacji.",
                            null, null),
                    forum);
        long centre = plan.add(coordinator, id, 0, "Utworzenie Centrum Organizacji Pozarządowych", Set.of(powiat, ngo));
        plan.record(coordinator, id, centre, today.getYear() - 1, ActionYear.Status.IN_PROGRESS,
                "Przygotowanie lokalu i wyposażenia");
        plan.record(coordinator, id, centre, today.getYear(), ActionYear.Status.DONE, "Centrum działa od marca");
        long platform = plan.add(coordinator, id, 5, "Platforma wymiany informacji", Set.of(powiat, kluczewsko));
        plan.record(coordinator, id, platform, today.getYear(), ActionYear.Status.IN_PROGRESS, null);
        long trainings = plan.add(coordinator, id, 2, "Szkolenia i doradztwo dla kadr organizacji", Set.of(pcpr, ngo));
        plan.record(coordinator, id, trainings, today.getYear(), ActionYear.Status.PLANNED, null);
    }

    static final String REGULATION_V1 = """
            § 1. Rada Porozumienia liczy siedmiu członków: dwóch przedstawicieli urzędu, trzech przedstawicieli \
            organizacji pozarządowych wybranych przez Forum i dwóch przedstawicieli jednostek organizacyjnych.
            § 2. Posiedzenia Rady odbywają się co najmniej raz na kwartał.
            § 3. Rada podejmuje uchwały zwykłą większością głosów w obecności ponad połowy członków.
            § 4. Z posiedzenia sporządza się protokół.""";

    static final String REGULATION_V2 = """
            § 1. Rada Porozumienia liczy siedmiu członków: dwóch przedstawicieli urzędu, trzech przedstawicieli \
            organizacji pozarządowych wybranych przez Forum i dwóch przedstawicieli jednostek organizacyjnych.
            § 2. Posiedzenia Rady odbywają się co najmniej raz w miesiącu.
            § 3. Rada podejmuje uchwały zwykłą większością głosów w obecności ponad połowy członków.
            § 4. Z posiedzenia sporządza się protokół, który publikuje się na platformie Wspólnie.
            § 5. Członkowie Rady składają oświadczenie o braku konfliktu interesów.""";

}
