package pl.wspolnie.shared.web.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DCAT-AP PL catalogue of the data sets as JSON-LD (the context inline, so a
 * harvester needs nothing else): the catalogue, each data set with its title and
 * description in Polish and English, licence, update frequency, keywords, and one CSV and
 * one JSON distribution per JST and year that has records. The licence is CC0 1.0: the
 * records are public information of public bodies.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DataSetCatalogue {

    static final String LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/";

    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";

    private final KnownJsts jsts;

    Map<String, Object> describe(List<DataSet> dataSets) {
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context());
        catalogue.put("@id", ApiLinks.absolute("/api/v1/catalog"));
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", texts("Wspólnie – otwarte dane współpracy samorządu z organizacjami pozarządowymi",
                "Wspólnie – open data of the cooperation of local government and NGOs"));
        catalogue.put("dct:description", texts(
                "Konkursy ofert i ich wyniki, konsultacje, aktualności, kalendarz i ogłoszenia platformy Wspólnie.",
                "Open competitions and their results, consultations, news, calendar and notices of the "
                        + "Wspólnie platform."));
        catalogue.put("dct:publisher", publisher());
        catalogue.put("dct:language", Map.of("@id", "http://publications.europa.eu/resource/authority/language/POL"));
        catalogue.put("foaf:homepage", Map.of("@id", ApiLinks.absolute("/developers")));
        catalogue.put("dct:license", Map.of("@id", LICENCE));
        List<Map<String, Object>> sets = new ArrayList<>();
        for (DataSet set : dataSets) {
            sets.add(dataSet(set));
        }
        catalogue.put("dcat:dataset", sets);
        return catalogue;
    }

    private Map<String, Object> dataSet(DataSet set) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", ApiLinks.absolute("/api/v1/datasets/" + set.code()));
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", set.code());
        d.put("dct:title", texts(set.title(), set.titleEn()));
        d.put("dct:description",
                texts(set.description() + " Kolumny: " + String.join(", ", set.columns()) + ".", set.titleEn() + "."));
        d.put("dct:publisher", publisher());
        d.put("dct:license", Map.of("@id", LICENCE));
        d.put("dct:accrualPeriodicity", Map.of("@id", FREQUENCY + set.frequency()));
        d.put("dcat:keyword", List.of(Map.of("@value", "organizacje pozarządowe", "@language", "pl"),
                Map.of("@value", "samorząd", "@language", "pl"), Map.of("@value", set.code(), "@language", "pl")));
        d.put("dcat:landingPage", Map.of("@id", ApiLinks.absolute("/developers")));
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (DataSet.JstYear at : set.available().get()) {
            String name = jsts.name(at.jst()).orElse("JST " + at.jst());
            String base = ApiLinks.absolute("/api/v1/datasets/" + set.code() + "/" + at.jst() + "/" + at.year());
            distributions.add(distribution(base + ".csv", set.title() + " – " + name + ", " + at.year() + " (CSV)",
                    "CSV", "text/csv"));
            distributions.add(distribution(base + ".json", set.title() + " – " + name + ", " + at.year() + " (JSON)",
                    "JSON", "application/json"));
        }
        d.put("dcat:distribution", distributions);
        return d;
    }

    private static Map<String, Object> distribution(String url, String title, String format, String mediaType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", url);
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", Map.of("@value", title, "@language", "pl"));
        d.put("dcat:accessURL", Map.of("@id", url));
        d.put("dcat:downloadURL", Map.of("@id", url));
        d.put("dct:format", Map.of("@id", FILE_TYPE + format));
        d.put("dcat:mediaType", Map.of("@id", MEDIA_TYPE + mediaType));
        d.put("dct:license", Map.of("@id", LICENCE));
        return d;
    }

    private static Map<String, Object> publisher() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@id", ApiLinks.absolute("/"));
        p.put("@type", "foaf:Agent");
        p.put("foaf:name", "Wspólnie");
        return p;
    }

    private static List<Map<String, Object>> texts(String pl, String en) {
        return List.of(Map.of("@value", pl, "@language", "pl"), Map.of("@value", en, "@language", "en"));
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        return c;
    }

}
