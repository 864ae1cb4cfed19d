package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.server.ResponseStatusException;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one way a controller turns an action into what the user sees next, and reads dates
 * typed as text: each outcome once, without a server (the controllers' own tests go
 * through HTTP).
 */
class OutcomesTest {

    /** A form with one text field. */
    public static class Typed {

        private String name = "typed";

        private String when = "";

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getWhen() {
            return when;
        }

        public void setWhen(String v) {
            when = v;
        }

    }

    private final BindingResult result = new BeanPropertyBindingResult(new Typed(), "form");

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void aFormWithoutErrorsRunsTheActionAndRedirectsWithTheNotice() {
        String view = Outcomes.form(result, redirect, "saved", () -> "/things/7", () -> "form");
        assertThat(view).isEqualTo("redirect:/things/7");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("saved");
    }

    @Test
    void aFormWithErrorsIsShownAgainWithoutRunningTheAction() {
        result.rejectValue("name", "name.invalid");
        AtomicBoolean ran = new AtomicBoolean();
        String view = Outcomes.form(result, redirect, "saved", () -> {
            ran.set(true);
            return "/things/7";
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(ran).isFalse();
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void anActionWithAKnownTargetRunsOnlyWithoutErrorsThenRedirectsThere() {
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(Outcomes.form(result, redirect, "saved", () -> ran.set(true), "/things/7", () -> "form"))
            .isEqualTo("redirect:/things/7");
        assertThat(ran).isTrue();
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("saved");

        BindingResult invalid = new BeanPropertyBindingResult(new Typed(), "form");
        invalid.rejectValue("name", "name.invalid");
        AtomicBoolean notRun = new AtomicBoolean();
        RedirectAttributesModelMap none = new RedirectAttributesModelMap();
        assertThat(Outcomes.form(invalid, none, "saved", () -> notRun.set(true), "/things/7", () -> "form"))
            .isEqualTo("form");
        assertThat(notRun).isFalse();
        assertThat(none.getFlashAttributes()).isEmpty();

        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(Outcomes.form(result, model, redirect, response, "saved", () -> {
            throw new RuleViolation(null, "thing.closed");
        }, "/things/7", () -> "form")).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aRefusalGoesToItsFieldAndTheFormIsShownAgain() {
        String view = Outcomes.form(result, redirect, "saved", () -> {
            throw new RuleViolation("name", "name.taken");
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("name.taken");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalOfTheWholeFormAnswersConflictWithAWarningWhenAsked() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        String view = Outcomes.form(result, model, redirect, response, "saved", () -> {
            throw new RuleViolation(null, "thing.closed", 3);
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model).containsEntry("warning", "thing.closed");
        assertThat(result.getGlobalError().getCode()).isEqualTo("thing.closed");

        BindingResult again = new BeanPropertyBindingResult(new Typed(), "form");
        MockHttpServletResponse fieldResponse = new MockHttpServletResponse();
        ExtendedModelMap fieldModel = new ExtendedModelMap();
        Outcomes.form(again, fieldModel, redirect, fieldResponse, "saved", () -> {
            throw new RuleViolation("name", "name.taken");
        }, () -> "form");
        assertThat(fieldResponse.getStatus()).as("a field's refusal: 422 by FormErrorStatus").isEqualTo(200);
        assertThat(fieldModel).doesNotContainKey("warning");
    }

    @Test
    void aStepRedirectsWithTheNoticeOrTheRefusalAsAWarningWithItsArguments() {
        assertThat(Outcomes.step(redirect, "/list", "done", () -> {
        })).isEqualTo("redirect:/list");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("done");

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(Outcomes.step(refused, "/list", "done", () -> {
            throw new RuleViolation(null, "too.late", "12.03.2027");
        })).isEqualTo("redirect:/list");
        assertThat(refused.getFlashAttributes().get("warning")).isEqualTo("too.late");
        assertThat(refused.getFlashAttributes().containsKey("notice")).isFalse();
        assertThat((Object[]) refused.getFlashAttributes().get("warningArgs")).containsExactly("12.03.2027");
    }

    @Test
    void aStepWithAFieldShowsThePageAgainForThatFieldOnly() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String view = Outcomes.step(redirect, "/queue", "rejected", () -> {
            throw new RuleViolation("reason", "reason.needed");
        }, "reason", response, e -> "queue:" + e.messageKey());
        assertThat(view).isEqualTo("queue:reason.needed");
        assertThat(response.getStatus()).isEqualTo(422);

        MockHttpServletResponse other = new MockHttpServletResponse();
        String back = Outcomes.step(redirect, "/queue", "rejected", () -> {
            throw new RuleViolation(null, "not.pending");
        }, "reason", other, e -> "queue");
        assertThat(back).isEqualTo("redirect:/queue");
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(redirect.getFlashAttributes().get("warning")).isEqualTo("not.pending");
    }

    @Test
    void aStepRefusedBecauseThePageIsOutOfDateIsAConflict() {
        assertThatThrownBy(() -> Outcomes.stepOrConflict(redirect, "/x", "done", () -> {
            throw new RuleViolation(null, "consultation.ended");
        })).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.messageKey()).isEqualTo("consultation.ended"));
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aStepWhoseOutcomeSaysWhatToTellRedirectsWithANoticeOrAWarning() {
        assertThat(Outcomes.step(redirect, "/pending", () -> Outcomes.Report.notice("confirmed", 2)))
            .isEqualTo("redirect:/pending");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("confirmed");
        assertThat((Object[]) redirect.getFlashAttributes().get("noticeArgs")).containsExactly(2);

        RedirectAttributesModelMap expired = new RedirectAttributesModelMap();
        Outcomes.step(expired, "/pending", () -> Outcomes.Report.warning("expired"));
        assertThat(expired.getFlashAttributes().get("warning")).isEqualTo("expired");
        assertThat(expired.getFlashAttributes().containsKey("notice")).isFalse();

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        Outcomes.step(refused, "/pending", () -> {
            throw new RuleViolation(null, "not.pending");
        });
        assertThat(refused.getFlashAttributes().get("warning")).isEqualTo("not.pending");
        assertThat(refused.getFlashAttributes().containsKey("notice")).isFalse();
    }

    @Test
    void aFormWhoseActionChoosesTheViewAnswersWithItOrShowsTheFormAgain() {
        assertThat(Outcomes.form(result, () -> Outcomes.redirect(redirect, "requested", "/week"), () -> "form"))
            .isEqualTo("redirect:/week");
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("requested");
        assertThat(Outcomes.form(result, () -> "registered", () -> "form")).isEqualTo("registered");

        String view = Outcomes.form(result, () -> {
            throw new RuleViolation("name", "name.taken");
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("name.taken");
    }

    @Test
    void anActionRefusedOnAPageWithoutAFormShowsThePageAgainWithTheRefusal() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        String view = Outcomes.orWarning(model, response, () -> {
            throw new RuleViolation(null, "issue.empty");
        }, () -> "edit");
        assertThat(view).isEqualTo("edit");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model).containsEntry("warning", "issue.empty");

        assertThat(Outcomes.orPage(() -> "redirect:/done", e -> "page")).isEqualTo("redirect:/done");
        assertThat(Outcomes.orPage(() -> {
            throw new RuleViolation("file", "file.tooLarge");
        }, e -> "page:" + e.field())).isEqualTo("page:file");
    }

    @Test
    void datesTypedAsTextAreReadOrRefusedAtTheirField() {
        assertThat(FormInput.date(" 2027-03-12 ", "when", result)).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(FormInput.date("", "when", result)).isNull();
        assertThat(result.hasErrors()).isFalse();
        assertThat(FormInput.date("12.03.2027", "when", result)).as("typed by hand as the message asks")
            .isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(FormInput.date("31.02.2027", "when", result)).isNull();
        assertThat(result.getFieldError("when").getCode()).isEqualTo("typeMismatch.java.time.LocalDate");
        assertThat(FormInput.date("2027-03-12", "when", result)).as("a field with an error stays unread").isNull();

        BindingResult times = new BeanPropertyBindingResult(new Typed(), "form");
        assertThat(FormInput.dateTime("2027-03-12T18:30", "when", "when.invalid", times))
            .isEqualTo(LocalDateTime.of(2027, 3, 12, 18, 30));
        assertThat(FormInput.dateTime("jutro", "when", "when.invalid", times)).isNull();
        assertThat(times.getFieldError("when").getCode()).isEqualTo("when.invalid");
    }

    @Test
    void numbersAndChoicesOnlyACraftedRequestSendsWrongAreABadRequest() {
        assertThat(FormInput.number(" 42 ")).isEqualTo(42L);
        assertThat(FormInput.integer("-3")).isEqualTo(-3);
        assertThatThrownBy(() -> FormInput.number("4x")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> FormInput.integer("99999999999")).isInstanceOf(ResponseStatusException.class);
        assertThat(FormInput.constant(Thread.State.class, "NEW")).isEqualTo(Thread.State.NEW);
        assertThatThrownBy(() -> FormInput.constant(Thread.State.class, "OLD"))
            .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void aNumberOrADateTypedWithoutAFormObjectIsRefusedAtItsField() {
        assertThat(FormInput.wholeNumber(" 7 ", "days", "days.invalid")).isEqualTo(7L);
        assertThat(FormInput.wholeNumber("", "days", "days.invalid")).isNull();
        assertThatThrownBy(() -> FormInput.wholeNumber("siedem", "days", "days.invalid"))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("days"));
        assertThat(FormInput.date("2027-03-12", "from", "from.invalid")).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(FormInput.date(" ", "from", "from.invalid")).isNull();
        assertThatThrownBy(() -> FormInput.date("jutro", "from", "from.invalid"))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("from.invalid"));
    }

    @Test
    void aValueCheckedBesideTheFormObjectGoesToTheFormsErrorsAndTheModel() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(FormInput.checked(() -> "ok", result, model, "logoError")).isEqualTo("ok");
        assertThat(result.hasErrors()).isFalse();
        RuleViolation refusal = new RuleViolation("logo", "logo.tooLarge", 2);
        assertThat((Object) FormInput.checked(() -> {
            throw refusal;
        }, result, model, "logoError")).isNull();
        assertThat(result.getFieldError("logo").getCode()).isEqualTo("logo.tooLarge");
        assertThat(model.get("logoError")).isSameAs(refusal);
    }

    @Test
    void aRefusalAtOneRowOfAListKeepsWhatWasTyped() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        String view = Outcomes.step(redirect, "/list", () -> {
            throw new RuleViolation("reason", "reason.tooLong", 500);
        }, "reason", response, e -> {
            Outcomes.refusedAt(model, "reason-7", e, "za długi");
            return "list";
        });
        assertThat(view).isEqualTo("list");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(model).containsEntry("refusedInput", "reason-7").containsEntry("refusedText", "za długi");
        assertThat(((RuleViolation) model.get("inlineRefusal")).args()).containsExactly(500);
    }

}
