package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Controls of a contracted task (issue 19, point 2; art. 17 of the Act): an official of
 * the JST plans one (during or after the task), records what was checked and found, and
 * gives recommendations, each with its deadline; the contractor answers each. Both sides
 * see them and their protocol PDF; anybody else gets 403.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractControls {

    /** A control and its recommendations. */
    public record Row(ContractControl control, List<ControlRecommendation> recommendations) {

        public long unanswered() {
            return recommendations.stream().filter(r -> !r.isAnswered()).count();
        }

    }

    /** The controls of one contract, for one of its parties. */
    public record View(ContractParties.Party party, List<Row> controls) {
    }

    /** What the contract page shows of the thread and the controls. */
    public record Summary(long messages, long unread, List<Row> controls, ContractReturns.View toReturn) {
    }

    private final ContractParties parties;

    private final ContractControlRepository controls;

    private final ControlRecommendationRepository recommendations;

    private final JdbcClient jdbc;

    private final PdfDocuments pdf;

    private final Formats formats;

    private final Clock clock;

    private final ContractReturns returns;

    /** The controls of the contract with their recommendations. */
    @Transactional(readOnly = true)
    public View view(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        return new View(party, rows(controls.findByOfferIdOrderByPlannedFromAscIdAsc(offerId)));
    }

    /** One control of the contract. */
    @Transactional(readOnly = true)
    public Row control(long offerId, long controlId) {
        parties.require(offerId);
        return rows(List.of(find(offerId, controlId))).get(0);
    }

    /**
     * The thread's and the controls' lines of the contract page (the number of messages,
     * those of the other side the user has not read, the controls).
     */
    @Transactional(readOnly = true)
    public Summary summary(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        Map<String, Object> counts = jdbc.sql("""
                select count(*) as messages,
                       count(*) filter (where m.author_side <> :side and not exists (
                           select 1 from contract_message_read r where r.message_id = m.id and r.user_id = :user))
                       as unread
                from contract_message m where m.offer_id = :offer
                """)
            .param("side", party.side().name())
            .param("user", party.userId())
            .param("offer", offerId)
            .query()
            .singleRow();
        return new Summary(((Number) counts.get("messages")).longValue(), ((Number) counts.get("unread")).longValue(),
                rows(controls.findByOfferIdOrderByPlannedFromAscIdAsc(offerId)), returns.view(offerId).orElse(null));
    }

    /** Plans a control (officials of the JST): dates in order, a scope. */
    public long plan(long offerId, ControlPlanForm f) {
        ContractParties.Party party = parties.requireOfficial(offerId);
        List<RuleViolation> refused = new ArrayList<>();
        if (f.getPhase() == null) {
            refused.add(new RuleViolation("phase", "competitions.control.phase.required"));
        }
        if (f.getPlannedFrom() == null) {
            refused.add(new RuleViolation("plannedFrom", "competitions.control.plannedFrom.required"));
        }
        if (f.getPlannedTo() == null) {
            refused.add(new RuleViolation("plannedTo", "competitions.control.plannedTo.required"));
        }
        else if (f.getPlannedFrom() != null && f.getPlannedTo().isBefore(f.getPlannedFrom())) {
            refused.add(new RuleViolation("plannedTo", "competitions.control.plannedTo.beforeFrom"));
        }
        if (f.getPhase() == ControlPhase.AFTER && f.getPlannedFrom() != null
                && !f.getPlannedFrom().isAfter(party.contract().getEndsOn())) {
            refused.add(new RuleViolation("plannedFrom", "competitions.control.plannedFrom.afterTask",
                    formats.date(party.contract().getEndsOn())));
        }
        if (blank(f.getScope())) {
            refused.add(new RuleViolation("scope", "competitions.control.scope.required"));
        }
        RuleViolation.throwIfAny(refused);
        return controls
            .save(new ContractControl(party.contract(), f.getPhase(), f.getPlannedFrom(), f.getPlannedTo(),
                    f.getScope().strip(), party.userId(), clock.instant()))
            .getId();
    }

    /**
     * Records what was checked (at least one of the documents, the task on site, the
     * results) and the findings (officials of the JST; once; not before the control's
     * first day).
     */
    public void record(long offerId, long controlId, ControlRecordForm f) {
        ContractParties.Party party = parties.requireOfficial(offerId);
        ContractControl control = find(offerId, controlId);
        List<RuleViolation> refused = new ArrayList<>();
        if (blank(f.getCheckedDocuments()) && blank(f.getCheckedOnSite()) && blank(f.getCheckedResults())) {
            refused.add(new RuleViolation("checkedDocuments", "competitions.control.checked.required"));
        }
        if (blank(f.getFindings())) {
            refused.add(new RuleViolation("findings", "competitions.control.findings.required"));
        }
        else if (LocalDate.now(clock).isBefore(control.getPlannedFrom())) {
            refused.add(new RuleViolation("findings", "competitions.control.findings.beforeControl",
                    formats.date(control.getPlannedFrom())));
        }
        RuleViolation.throwIfAny(refused);
        control.record(strip(f.getCheckedDocuments()), strip(f.getCheckedOnSite()), strip(f.getCheckedResults()),
                f.getFindings().strip(), party.userId(), clock.instant());
    }

    /**
     * Gives a recommendation after the recorded control, with its deadline (not in the
     * past); without a deadline it is refused at the deadline field.
     */
    public void recommend(long offerId, long controlId, RecommendationForm f) {
        ContractParties.Party party = parties.requireOfficial(offerId);
        ContractControl control = find(offerId, controlId);
        control.requireRecorded();
        List<RuleViolation> refused = new ArrayList<>();
        if (blank(f.getText())) {
            refused.add(new RuleViolation("text", "competitions.control.recommendation.textRequired"));
        }
        if (f.getDeadline() == null) {
            refused.add(new RuleViolation("deadline", "competitions.control.recommendation.deadlineRequired"));
        }
        else if (f.getDeadline().isBefore(LocalDate.now(clock))) {
            refused.add(new RuleViolation("deadline", "competitions.control.recommendation.deadlinePast"));
        }
        RuleViolation.throwIfAny(refused);
        recommendations.save(new ControlRecommendation(control, f.getText().strip(), f.getDeadline(), party.userId(),
                clock.instant()));
    }

    /** The contractor's answer to a recommendation (once). */
    public void answer(long offerId, long controlId, long recommendationId, AnswerForm f) {
        ContractParties.Party party = parties.requireContractor(offerId);
        find(offerId, controlId);
        ControlRecommendation r = recommendations.findById(recommendationId)
            .filter(x -> x.getControlId() == controlId)
            .orElseThrow(() -> new NotFound("recommendation " + recommendationId));
        if (blank(f.getAnswer())) {
            throw new RuleViolation("answer", "competitions.control.answer.required");
        }
        r.answer(f.getAnswer().strip(), party.userId(), clock.instant());
    }

    /** The control's protocol as a PDF, for the contract's parties. */
    @Transactional(readOnly = true)
    public byte[] protocol(long offerId, long controlId, Locale locale) {
        ContractParties.Party party = parties.require(offerId);
        Row row = rows(List.of(find(offerId, controlId))).get(0);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("k", party.contract());
        model.put("offer", party.offer());
        model.put("r", row);
        model.put("fmt", formats);
        model.put("now", clock.instant());
        model.put("pdfFooter", party.contract().getNumber());
        return pdf.render("competitions/control-pdf", model, locale);
    }

    private ContractControl find(long offerId, long controlId) {
        return controls.findById(controlId)
            .filter(c -> c.getOfferId() == offerId)
            .orElseThrow(() -> new NotFound("control " + controlId));
    }

    private List<Row> rows(List<ContractControl> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ControlRecommendation>> byControl = recommendations
            .findByControlIdInOrderByDeadlineAscIdAsc(list.stream().map(ContractControl::getId).toList())
            .stream()
            .collect(Collectors.groupingBy(ControlRecommendation::getControlId));
        return list.stream().map(c -> new Row(c, byControl.getOrDefault(c.getId(), List.of()))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

}
