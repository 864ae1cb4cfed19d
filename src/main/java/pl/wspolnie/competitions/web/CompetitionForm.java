package pl.wspolnie.competitions.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import pl.wspolnie.competitions.domain.announcement.Announcement;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionCriterion;
import pl.wspolnie.competitions.domain.announcement.CompetitionMode;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The announcement form of an official. Money and percentages are typed as text and
 * parsed here, with field errors.
 */
@Getter
@Setter
public class CompetitionForm {

    /**
     * The six statutory evaluation criteria (art. 15 ust. 1 pkt 1–6 of the Act), as
     * message keys.
     */
    /** The default formal checklist, as message keys. */
    static final List<String> DEFAULT_FORMAL = List.of("competitions.formal.default.1", "competitions.formal.default.2",
            "competitions.formal.default.3", "competitions.formal.default.4", "competitions.formal.default.5",
            "competitions.formal.default.6");

    static final List<String> DEFAULT_CRITERIA = List.of("competitions.criterion.default.1",
            "competitions.criterion.default.2", "competitions.criterion.default.3", "competitions.criterion.default.4",
            "competitions.criterion.default.5", "competitions.criterion.default.6");

    @Getter
    @Setter
    public static class TaskRow {

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String name = "";

        private String sphereCode = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String funds = "";

        boolean isBlank() {
            return blank(name) && blank(sphereCode) && blank(funds);
        }

    }

    @Getter
    @Setter
    public static class CriterionRow {

        @Size(max = 500, message = "{competitions.field.tooLong}")
        private String name = "";

        @Size(max = 10, message = "{competitions.field.tooLong}")
        private String maxPoints = "";

        /** The point of art. 15 ust. 1 of the Act (1–6), or null for the JST's own. */
        private Integer statutory;

        public void setStatutory(Integer statutory) {
            this.statutory = statutory == null || statutory < 1 || statutory > 6 ? null : statutory;
        }

        boolean isBlank() {
            return blank(name) && blank(maxPoints) && statutory == null;
        }

    }

    private Long jstId;

    @NotBlank
    @Size(max = 300, message = "{competitions.field.tooLong}")
    private String title = "";

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String description = "";

    @NotNull
    private CompetitionMode mode = CompetitionMode.SUPPORTING;

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String minOwnContributionPct = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String minGrant = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String maxGrant = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String adminCostCapPct = "";

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime offerDeadline;

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String fundingLastYear = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String fundingThisYear = "";

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String choiceProcedure = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate choiceDate;

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String conditions = "";

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String grantRules = "";

    private boolean evaluationRequired;

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String requiredAttachments = "";

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String formalCriteria = "";

    @Valid
    private List<TaskRow> tasks = new ArrayList<>();

    @Valid
    private List<CriterionRow> criteria = new ArrayList<>();

    static CompetitionForm empty(Function<String, String> message) {
        CompetitionForm f = new CompetitionForm();
        int point = 1;
        for (String key : DEFAULT_CRITERIA) {
            CriterionRow c = new CriterionRow();
            c.setName(message.apply(key));
            c.setMaxPoints("10");
            c.setStatutory(point++);
            f.criteria.add(c);
        }
        f.formalCriteria = String.join("\n", DEFAULT_FORMAL.stream().map(message).toList());
        f.withBlankRows();
        return f;
    }

    static CompetitionForm of(Competition c) {
        CompetitionForm f = new CompetitionForm();
        f.jstId = c.getJstId();
        f.title = c.getTitle();
        f.description = nz(c.getDescription());
        f.mode = c.getMode();
        f.minOwnContributionPct = Money.plain(c.getMinOwnContributionPct());
        f.minGrant = Money.plain(c.getMinGrant());
        f.maxGrant = Money.plain(c.getMaxGrant());
        f.adminCostCapPct = Money.plain(c.getAdminCostCapPct());
        f.periodFrom = c.getPeriodFrom();
        f.periodTo = c.getPeriodTo();
        f.offerDeadline = LocalDateTime.ofInstant(c.getOfferDeadline(), ClockConfig.WARSAW);
        f.fundingLastYear = Money.plain(c.getFundingLastYear());
        f.fundingThisYear = Money.plain(c.getFundingThisYear());
        f.choiceProcedure = nz(c.getChoiceProcedure());
        f.choiceDate = c.getChoiceDate();
        f.conditions = nz(c.getConditions());
        f.grantRules = nz(c.getGrantRules());
        f.evaluationRequired = c.isEvaluationRequired();
        f.requiredAttachments = String.join("\n", c.requiredAttachmentList());
        f.formalCriteria = String.join("\n", c.formalCriteriaList());
        for (CompetitionTask t : c.getTasks()) {
            TaskRow r = new TaskRow();
            r.setName(t.getName());
            r.setSphereCode(t.getSphereCode());
            r.setFunds(Money.plain(t.getFunds()));
            f.tasks.add(r);
        }
        for (CompetitionCriterion cr : c.getCriteria()) {
            CriterionRow r = new CriterionRow();
            r.setName(cr.getName());
            r.setMaxPoints(String.valueOf(cr.getMaxPoints()));
            r.setStatutory(cr.getStatutoryPoint());
            f.criteria.add(r);
        }
        f.withBlankRows();
        return f;
    }

    /**
     * Two empty task rows and one empty criterion row for adding more (the page has no
     * script).
     */
    CompetitionForm withBlankRows() {
        tasks.removeIf(TaskRow::isBlank);
        criteria.removeIf(CriterionRow::isBlank);
        int keptTasks = tasks.size();
        while (tasks.size() < keptTasks + 2) {
            tasks.add(new TaskRow());
        }
        criteria.add(new CriterionRow());
        return this;
    }

    /** The parsed announcement, or null when a field error was added to the result. */
    Announcement toAnnouncement(BindingResult result) {
        Errors errors = new Errors(result);
        BigDecimal ownPct = errors.parse("minOwnContributionPct", minOwnContributionPct, Money::parsePercent);
        BigDecimal min = errors.parse("minGrant", minGrant, Money::parse);
        BigDecimal max = errors.parse("maxGrant", maxGrant, Money::parse);
        BigDecimal cap = errors.parse("adminCostCapPct", adminCostCapPct, Money::parsePercent);
        BigDecimal last = errors.parse("fundingLastYear", fundingLastYear, Money::parse);
        BigDecimal current = errors.parse("fundingThisYear", fundingThisYear, Money::parse);
        List<Announcement.Task> parsedTasks = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskRow t = tasks.get(i);
            if (t.isBlank()) {
                continue;
            }
            String p = "tasks[" + i + "].";
            if (blank(t.getName())) {
                result.rejectValue(p + "name", "competitions.task.name.required");
            }
            if (blank(t.getSphereCode())) {
                result.rejectValue(p + "sphereCode", "competitions.task.sphere.required");
            }
            BigDecimal funds = errors.parse(p + "funds", t.getFunds(), Money::parse);
            if (funds == null && !result.hasFieldErrors(p + "funds")) {
                result.rejectValue(p + "funds", "competitions.task.funds.required");
            }
            parsedTasks.add(new Announcement.Task(nz(t.getName()).strip(), t.getSphereCode(), funds));
        }
        List<Announcement.Criterion> parsedCriteria = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow c = criteria.get(i);
            if (c.isBlank()) {
                continue;
            }
            String p = "criteria[" + i + "].";
            if (c.getStatutory() != null && blank(c.getName())) {
                result.rejectValue(p + "name", "competitions.criterion.statutory.required",
                        new Object[] { c.getStatutory() }, null);
            }
            else if (blank(c.getName())) {
                result.rejectValue(p + "name", "competitions.criterion.name.required");
            }
            String typedPoints = nz(c.getMaxPoints()).strip();
            int points = typedPoints.matches("\\d{1,9}") ? Integer.parseInt(typedPoints) : -1;
            if (points < 1 || points > 100) {
                result.rejectValue(p + "maxPoints", "competitions.criterion.points.invalid");
            }
            parsedCriteria.add(new Announcement.Criterion(nz(c.getName()).strip(), points, c.getStatutory()));
        }
        if (result.hasErrors()) {
            return null;
        }
        List<String> attachments = lines(requiredAttachments);
        return new Announcement(title.strip(), nz(description).strip(), mode, ownPct, min, max, cap, periodFrom,
                periodTo, offerDeadline, last, current, nz(choiceProcedure).strip(), choiceDate, nz(conditions).strip(),
                nz(grantRules).strip(), attachments, parsedTasks, parsedCriteria, lines(formalCriteria),
                evaluationRequired);
    }

    /** Collects parse errors as field errors instead of stopping at the first. */
    record Errors(BindingResult result) {
        BigDecimal parse(String field, String text, BiFunction<String, String, BigDecimal> parser) {
            if (result.hasFieldErrors(field)) {
                return null;
            }
            try {
                return parser.apply(text, field);
            }
            catch (RuleViolation e) {
                e.addTo(result);
                return null;
            }
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(nz(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

}
