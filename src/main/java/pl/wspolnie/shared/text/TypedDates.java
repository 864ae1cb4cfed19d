package pl.wspolnie.shared.text;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;

/**
 * A date as a person types it: what a date input sends (yyyy-MM-dd) or the Polish
 * dd.MM.yyyy typed by hand where a browser shows the date input as a text field (the
 * format the error message asks for). Fields annotated {@code @DateTimeFormat} of type
 * {@link LocalDate} are read this way ({@link #fields()}), and {@code FormInput.date} for
 * forms without a form object; both print ISO, which a date input needs as its value.
 */
public final class TypedDates {

    private static final DateTimeFormatter POLISH = DateTimeFormatter.ofPattern("d.M.uuuu")
        .withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /** The date typed; throws {@link DateTimeParseException} when it is neither form. */
    public static LocalDate parse(String typed) {
        String value = typed.strip();
        if (value.indexOf('.') > 0) {
            return LocalDate.parse(value, POLISH);
        }
        return LocalDate.parse(value);
    }

    /**
     * The parser of {@code @DateTimeFormat} dates, registered with Spring MVC's
     * conversions.
     */
    public static AnnotationFormatterFactory<DateTimeFormat> fields() {
        return new AnnotationFormatterFactory<>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(LocalDate.class);
            }

            @Override
            public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
                return (Printer<LocalDate>) (date, locale) -> date.toString();
            }

            @Override
            public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
                return (Parser<LocalDate>) (text, locale) -> parse(text);
            }
        };
    }

}
