package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of the goals and actions page and of the yearly summary. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GoalPages {

    /** An action with the names of the parties responsible. */
    public record ActionRow(AgreementAction action, List<String> parties) {
        public ActionYear in(int year) {
            return action.getYears().get(year);
        }
    }

    /** A goal of the agreement (by position) with its actions. */
    public record GoalRow(int index, String goal, List<ActionRow> actions) {
    }

    /**
     * The goals page: each goal with its actions and their status in the years recorded;
     * for an editor the member parties that may be responsible.
     */
    public record GoalsPage(Agreement agreement, List<GoalRow> goals, List<Integer> years, boolean mayEdit,
            List<GovernancePages.Choice> parties, int currentYear) {
    }

    /**
     * The agreement's year from its records: the meetings held, the resolutions adopted,
     * the parties that joined and the actions done.
     */
    public record SummaryPage(Agreement agreement, int year, List<AgreementMeeting> meetings,
            List<Resolution> resolutions, List<Party> joined, List<ActionRow> done) {
    }

    private final Agreements agreements;

    private final AgreementActionRepository actions;

    private final PartyRepository parties;

    private final AgreementMeetingRepository meetings;

    private final ResolutionRepository resolutions;

    private final Permissions permissions;

    public GoalsPage goals(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        List<Party> all = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId);
        List<ActionRow> rows = rows(agreementId, all);
        List<String> goalTexts = agreement.goalList();
        List<GoalRow> goals = new ArrayList<>();
        for (int i = 0; i < goalTexts.size(); i++) {
            int index = i;
            goals.add(new GoalRow(i, goalTexts.get(i),
                    rows.stream().filter(r -> r.action().getGoal() == index).toList()));
        }
        int currentYear = agreements.today().getYear();
        TreeSet<Integer> years = rows.stream()
            .flatMap(r -> r.action().getYears().keySet().stream())
            .collect(Collectors.toCollection(TreeSet::new));
        years.add(currentYear);
        boolean mayEdit = permissions.currentUser().map(u -> agreements.mayEdit(u.userId(), agreement)).orElse(false);
        return new GoalsPage(agreement, goals, List.copyOf(years), mayEdit,
                mayEdit ? all.stream()
                    .filter(Party::isMember)
                    .map(p -> new GovernancePages.Choice(p.getId(), p.getName()))
                    .toList() : List.of(),
                currentYear);
    }

    public SummaryPage summary(long agreementId, int year) {
        Agreement agreement = agreements.get(agreementId);
        List<Party> all = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId);
        List<AgreementMeeting> held = meetings.findByAgreementIdOrderByStartsAtDesc(agreementId)
            .stream()
            .filter(m -> m.getStartsAt().atZone(ClockConfig.WARSAW).getYear() == year)
            .sorted((a, b) -> a.getStartsAt().compareTo(b.getStartsAt()))
            .toList();
        // the attendance, read while the session is open
        held.forEach(AgreementMeeting::presentCount);
        List<Party> joined = all.stream()
            .filter(p -> p.getJoinedOn() != null && p.getJoinedOn().getYear() == year)
            .toList();
        List<ActionRow> done = rows(agreementId, all).stream()
            .filter(r -> r.in(year) != null && r.in(year).getStatus() == ActionYear.Status.DONE)
            .toList();
        return new SummaryPage(agreement, year, held,
                resolutions.findByAgreementIdAndYearOrderByNumberAsc(agreementId, year), joined, done);
    }

    private List<ActionRow> rows(long agreementId, List<Party> all) {
        Map<Long, Party> byId = all.stream().collect(Collectors.toMap(Party::getId, Function.identity()));
        return actions.findByAgreementIdOrderByGoalAscIdAsc(agreementId)
            .stream()
            .distinct()
            .map(a -> new ActionRow(a,
                    a.getPartyIds()
                        .stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .map(Party::getName)
                        .sorted()
                        .toList()))
            .toList();
    }

}
