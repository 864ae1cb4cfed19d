package pl.wspolnie.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.programme.domain.ProgrammeParts;

/** The programme editor: title, years and the text parts of art. 5a ust. 4. */
public record ProgrammeForm(@NotNull(message = "{programme.jst.required}") Long jstId,
        @NotBlank(message = "{programme.field.required}") @Size(max = 300,
                message = "{programme.field.tooLong}") String title,
        @NotBlank(message = "{programme.field.required}") String yearFrom,
        @NotBlank(message = "{programme.field.required}") String yearTo,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String goals,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String principles,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String scope,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String forms,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String period,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String implementation,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String funds,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String evaluation,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String creation,
        @NotBlank(message = "{programme.field.required}") @Size(max = 20_000,
                message = "{programme.field.tooLong}") String commissions) {

    static ProgrammeForm empty(long jstId, int year) {
        return new ProgrammeForm(jstId, "", String.valueOf(year), String.valueOf(year), "",
                ProgrammeParts.SIX_PRINCIPLES, "", "", "", "", "", "", "", "");
    }

    static ProgrammeForm of(long jstId, ProgrammeParts p) {
        return new ProgrammeForm(jstId, p.title(), String.valueOf(p.yearFrom()), String.valueOf(p.yearTo()), p.goals(),
                p.principles(), p.scope(), p.forms(), p.period(), p.implementation(), p.funds(), p.evaluation(),
                p.creation(), p.commissions());
    }

    void checkYears(BindingResult result) {
        year(yearFrom, "yearFrom", result);
        year(yearTo, "yearTo", result);
    }

    private static Integer year(String value, String field, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y < 2000 || y > 2100) {
                result.rejectValue(field, "programme.year.invalid");
                return null;
            }
            return y;
        }
        catch (NumberFormatException e) {
            result.rejectValue(field, "programme.year.invalid");
            return null;
        }
    }

    ProgrammeParts parts() {
        return new ProgrammeParts(title.strip(), Integer.parseInt(yearFrom.strip()), Integer.parseInt(yearTo.strip()),
                goals, principles, scope, forms, period, implementation, funds, evaluation, creation, commissions);
    }
}
