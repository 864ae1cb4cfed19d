package pl.wspolnie.centre.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.centre.domain.Centre;
import pl.wspolnie.centre.domain.CentreCatalogue.CentreDetails;
import pl.wspolnie.centre.domain.OpeningHours;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The centre's form: name, address, contact, served JSTs and the opening hours of each
 * weekday ("09:00").
 */
@Getter
@Setter
public class CentreForm {

    @NotNull
    private Long jstId;

    @NotBlank
    @Size(max = 300, message = "{centre.field.tooLong}")
    private String name;

    @NotBlank
    @Size(max = 500, message = "{centre.field.tooLong}")
    private String address;

    @Email
    @Size(max = 200, message = "{centre.field.tooLong}")
    private String email;

    @Size(max = 50, message = "{centre.field.tooLong}")
    private String phone;

    private Set<Long> servedJsts = new HashSet<>();

    private List<String> opens = new ArrayList<>(List.of("", "", "", "", "", "", ""));

    private List<String> closes = new ArrayList<>(List.of("", "", "", "", "", "", ""));

    static CentreForm of(Centre c) {
        CentreForm f = new CentreForm();
        f.jstId = c.getJstId();
        f.name = c.getName();
        f.address = c.getAddress();
        f.email = c.getEmail();
        f.phone = c.getPhone();
        f.servedJsts = new HashSet<>(c.getServedJsts());
        for (OpeningHours h : c.getOpeningHours()) {
            f.opens.set(h.dayOfWeek() - 1, h.opens().toString());
            f.closes.set(h.dayOfWeek() - 1, h.closes().toString());
        }
        return f;
    }

    /**
     * The details, or null after adding field errors for hours that are not "HH:MM" or
     * close before they open.
     */
    CentreDetails details(BindingResult result) {
        List<OpeningHours> hours = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String o = i < opens.size() ? opens.get(i) : "";
            String c = i < closes.size() ? closes.get(i) : "";
            if ((o == null || o.isBlank()) && (c == null || c.isBlank())) {
                continue;
            }
            try {
                LocalTime from = LocalTime.parse(o.strip());
                LocalTime to = LocalTime.parse(c.strip());
                if (!to.isAfter(from)) {
                    result.rejectValue("closes[" + i + "]", "centre.hours.closesBeforeOpens");
                }
                else {
                    hours.add(new OpeningHours(i + 1, from, to));
                }
            }
            catch (DateTimeParseException | NullPointerException e) {
                result.rejectValue("opens[" + i + "]", "centre.hours.invalid");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new CentreDetails(jstId, name.strip(), address.strip(), email, phone,
                servedJsts == null ? Set.of() : servedJsts, hours);
    }

    public boolean serves(long jst) {
        return servedJsts != null && servedJsts.contains(jst);
    }

}
