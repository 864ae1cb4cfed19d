package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import pl.wspolnie.organizations.domain.OrganizationDirectory.ExportRow;
import pl.wspolnie.organizations.domain.SphereCatalogue;
import pl.wspolnie.shared.export.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The directory's result list as a table to download, with headers and values in the
 * visitor's language.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DirectoryExport {

    private static final List<String> COLUMNS = List.of("name", "legalForm", "krs", "registerName", "registerNumber",
            "nip", "regon", "street", "postalCode", "city", "gmina", "spheres", "email", "phone", "website", "verified",
            "createdAt", "profileUrl");

    private final MessageSource messages;

    private final SphereCatalogue spheres;

    String fileName(Locale locale) {
        return messages.getMessage("organizations.export.fileName", null, locale);
    }

    Table table(List<ExportRow> rows, Locale locale) {
        List<String> headers = COLUMNS.stream()
            .map(c -> messages.getMessage("organizations.export.column." + c, null, locale))
            .toList();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        List<List<Object>> values = new ArrayList<>(rows.size());
        for (ExportRow r : rows) {
            values.add(Arrays.asList(r.name(),
                    messages.getMessage("organizations.legalForm." + r.legalForm(), null, locale), r.krs(),
                    r.registerName(), r.registerNumber(), r.nip(), r.regon(), r.street(), r.postalCode(), r.city(),
                    r.gminaName(),
                    spheres.inOrder(r.sphereCodes())
                        .stream()
                        .map(s -> s.label(locale))
                        .collect(Collectors.joining("; ")),
                    r.email(), r.phone(), r.website(), r.verified() ? yes : no,
                    r.createdAt().atZone(WARSAW).toLocalDate(), base + "/organizations/" + r.id()));
        }
        return new Table(messages.getMessage("organizations.export.sheet", null, locale), headers, values);
    }

}
