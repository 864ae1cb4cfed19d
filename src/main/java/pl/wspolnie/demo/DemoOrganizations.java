package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.partnership.JstAdministration;

import java.util.List;

import static pl.wspolnie.organizations.LegalForm.*;
import static pl.wspolnie.shared.identifiers.PolishIdentifiers.withNipCheckDigit;
import static pl.wspolnie.shared.identifiers.PolishIdentifiers.withRegonCheckDigit;
import org.springframework.core.annotation.Order;

/**
 * About 30 NGOs of powiat włoszczowski, spread over its gminas and the spheres of public
 * benefit, with valid (generated) NIP and REGON numbers; about half are verified. Among
 * them a "żółw" and several "sportowe" organisations to show the search. Also the login
 * ngo@wspolnie.demo, a board member of the first one, and a pending request to join it
 * from mieszkaniec@wspolnie.demo.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(1)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoOrganizations implements DemoStep {

    static final String NGO_LOGIN = "ngo@wspolnie.demo";

    private static final String KLUCZEWSKO = "2613012";

    private static final String KRASOCIN = "2613022";

    private static final String MOSKORZEW = "2613032";

    private static final String RADKOW = "2613042";

    private static final String SECEMIN = "2613052";

    private static final String WLOSZCZOWA = "2613063";

    private static final String KGW_REGISTER = "Krajowy Rejestr Kół Gospodyń Wiejskich (ARiMR)";

    private static final String UKS_REGISTER = "Ewidencja uczniowskich klubów sportowych Starosty Włoszczowskiego";

    private static final String SZ_REGISTER = "Ewidencja stowarzyszeń zwykłych Starosty Włoszczowskiego";

    /**
     * One demo organisation; register "KRS" means a generated KRS number, otherwise the
     * name of another register.
     */
    private record Ngo(String name, LegalForm form, String register, String gmina, String street, String postalCode,
            String city, List<String> spheres, String description, String beneficiaries, String domain,
            boolean verified) {
    }

    private static final List<Ngo> NGOS = List.of(
            new Ngo("Fundacja „Razem dla Kluczewska”", FOUNDATION, "KRS", KLUCZEWSKO, "ul. Spacerowa 5", "29-120",
                    "Kluczewsko", List.of("wspolnoty-lokalne", "dzieci-i-mlodziez", "kultura"),
                    "Świetlica dla dzieci, warsztaty rękodzieła i lokalne święta. Prowadzimy bibliotekę sąsiedzką.",
                    "Dzieci, młodzież i rodziny z gminy Kluczewsko", "razemdlakluczewska", true),
            new Ngo("Ochotnicza Straż Pożarna w Bobrownikach", ASSOCIATION, "KRS", KLUCZEWSKO, "Bobrowniki 40",
                    "29-120", "Bobrowniki", List.of("ratownictwo", "porzadek-publiczny"),
                    "Ratownictwo, gaszenie pożarów, pokazy pierwszej pomocy dla szkół.", "Mieszkańcy gminy Kluczewsko",
                    "osp-bobrowniki", true),
            new Ngo("Koło Gospodyń Wiejskich w Krogulcu", RURAL_HOUSEWIVES_CIRCLE, KGW_REGISTER, KLUCZEWSKO,
                    "Krogulec 12", "29-120", "Krogulec", List.of("tradycja-narodowa", "kultura", "seniorzy"),
                    "Kultywujemy tradycje kulinarne regionu, organizujemy dożynki i spotkania pokoleń.",
                    "Mieszkańcy wsi, seniorzy", "kgw-krogulec", false),
            new Ngo("Uczniowski Klub Sportowy „Orlik” Kluczewsko", STUDENT_SPORTS_CLUB, UKS_REGISTER, KLUCZEWSKO,
                    "ul. Szkolna 3", "29-120", "Kluczewsko", List.of("kultura-fizyczna", "dzieci-i-mlodziez"),
                    "Zajęcia sportowe dla uczniów: piłka nożna, lekkoatletyka, obozy sportowe w wakacje.",
                    "Uczniowie szkół podstawowych", "uks-orlik", true),
            new Ngo("Kluczewskie Wodne Ochotnicze Pogotowie Ratunkowe", ASSOCIATION, "KRS", KLUCZEWSKO, "ul. Wodna 1",
                    "29-120", "Kluczewsko", List.of("ratownictwo", "porzadek-publiczny"),
                    "Dyżury ratowników na kąpieliskach, nauka pływania i bezpiecznego wypoczynku nad wodą.",
                    "Dzieci, turyści, mieszkańcy", "wopr-kluczewsko", false),
            new Ngo("Stowarzyszenie „Aktywni w Krasocinie”", ASSOCIATION, "KRS", KRASOCIN, "ul. Włoszczowska 8",
                    "29-105", "Krasocin", List.of("wspolnoty-lokalne", "wolontariat"),
                    "Inicjatywy sąsiedzkie, festyny i akcje wolontariackie; wspieramy inicjatywy lokalne mieszkańców.",
                    "Mieszkańcy gminy Krasocin", "aktywni-krasocin", true),
            new Ngo("Koło Gospodyń Wiejskich „Olesnianki” w Olesnie", RURAL_HOUSEWIVES_CIRCLE, KGW_REGISTER, KRASOCIN,
                    "Olesno 21", "29-105", "Olesno", List.of("tradycja-narodowa", "kultura"),
                    "Zespół śpiewaczy, konkursy kulinarne, rękodzieło ludowe.", "Mieszkańcy wsi", "olesnianki", false),
            new Ngo("Parafia Rzymskokatolicka pw. św. Jana Chrzciciela w Krasocinie", CHURCH_LEGAL_PERSON,
                    "Rejestr kościelnych osób prawnych", KRASOCIN, "ul. Kościelna 2", "29-105", "Krasocin",
                    List.of("dzialalnosc-charytatywna", "pomoc-spoleczna"),
                    "Parafialny zespół charytatywny: paczki żywnościowe, pomoc osobom samotnym i chorym.",
                    "Rodziny w trudnej sytuacji, osoby samotne", "parafia-krasocin", true),
            new Ngo("Ludowy Klub Sportowy „Pogoń” Krasocin", SPORTS_CLUB, "KRS", KRASOCIN, "ul. Sportowa 4", "29-105",
                    "Krasocin", List.of("kultura-fizyczna"),
                    "Drużyny piłkarskie seniorów i juniorów, turnieje sportowe dla szkół.", "Młodzież i dorośli",
                    "lks-pogon", false),
            new Ngo("Ochotnicza Straż Pożarna w Chlewicach", ASSOCIATION, "KRS", MOSKORZEW, "Chlewice 55", "29-130",
                    "Chlewice", List.of("ratownictwo", "pomoc-ofiarom-katastrof"),
                    "Akcje ratownicze, pomoc przy powodziach i wichurach, młodzieżowa drużyna pożarnicza.",
                    "Mieszkańcy gminy Moskorzew", "osp-chlewice", true),
            new Ngo("Stowarzyszenie na rzecz Rozwoju Gminy Moskorzew", ASSOCIATION, "KRS", MOSKORZEW, "Moskorzew 60",
                    "29-130", "Moskorzew", List.of("rozwoj-gospodarczy", "wspolnoty-lokalne", "rewitalizacja"),
                    "Odnowa centrów wsi, szkolenia dla rolników i przedsiębiorców, promocja produktów lokalnych.",
                    "Rolnicy, przedsiębiorcy, mieszkańcy", "rozwoj-moskorzew", false),
            new Ngo("Fundacja „Zielony Radków”", FOUNDATION, "KRS", RADKOW, "Radków 14", "29-135", "Radków",
                    List.of("ekologia", "edukacja"),
                    "Edukacja ekologiczna w szkołach, sadzenie drzew, liczenie ptaków i budki lęgowe.",
                    "Dzieci i młodzież, nauczyciele", "zielony-radkow", true),
            new Ngo("Stowarzyszenie Pamięci Narodowej Ziemi Radkowskiej", ASSOCIATION, "KRS", RADKOW, "Radków 30",
                    "29-135", "Radków", List.of("kombatanci", "tradycja-narodowa"),
                    "Opieka nad miejscami pamięci, spotkania z kombatantami, lekcje historii regionu.",
                    "Kombatanci, uczniowie", "pamiec-radkow", false),
            new Ngo("Stowarzyszenie „Kobiety Aktywne Ziemi Radkowskiej”", ASSOCIATION, "KRS", RADKOW, "Dzierzgów 7",
                    "29-135", "Dzierzgów", List.of("rowne-prawa", "wspolnoty-lokalne"),
                    "Warsztaty przedsiębiorczości dla kobiet, poradnictwo i spotkania integracyjne.",
                    "Kobiety z terenów wiejskich", "kobiety-radkow", false),
            new Ngo("Stowarzyszenie Przyjaciół Doliny Pilicy", ASSOCIATION, "KRS", SECEMIN, "ul. Struga 12", "29-145",
                    "Secemin", List.of("ekologia", "turystyka"),
                    "Chronimy przyrodę doliny Pilicy: czynna ochrona żółwia błotnego, sprzątanie brzegów, ścieżki przyrodnicze.",
                    "Mieszkańcy, turyści, szkoły", "dolina-pilicy", true),
            new Ngo("Ludowy Klub Sportowy „Zryw” Secemin", SPORTS_CLUB, "KRS", SECEMIN, "ul. Sportowa 1", "29-145",
                    "Secemin", List.of("kultura-fizyczna", "dzieci-i-mlodziez"),
                    "Stowarzyszenie sportowe: drużyna piłkarska, zawody sportowe i wakacyjne zajęcia ruchowe.",
                    "Dzieci, młodzież, dorośli", "lks-zryw", true),
            new Ngo("Klub Seniora „Złota Jesień” w Seceminie", ORDINARY_ASSOCIATION, SZ_REGISTER, SECEMIN,
                    "ul. Struga 8", "29-145", "Secemin", List.of("seniorzy", "kultura"),
                    "Spotkania seniorów, wycieczki, zajęcia z obsługi telefonu i komputera.",
                    "Osoby w wieku emerytalnym", "zlota-jesien", false),
            new Ngo("Stowarzyszenie Turystyczne „Szlakiem Pilicy”", ASSOCIATION, "KRS", SECEMIN, "Psary 3", "29-145",
                    "Psary", List.of("turystyka", "kultura-fizyczna"),
                    "Spływy kajakowe, rajdy rowerowe i znakowanie szlaków turystycznych.", "Turyści, rodziny, szkoły",
                    "szlakiem-pilicy", false),
            new Ngo("Fundacja Zdrowie Seniora", FOUNDATION, "KRS", WLOSZCZOWA, "ul. Wiśniowa 20", "29-100",
                    "Włoszczowa", List.of("ochrona-zdrowia", "seniorzy"),
                    "Badania profilaktyczne, gimnastyka dla seniorów, wsparcie opiekunów osób starszych.",
                    "Seniorzy i ich opiekunowie", "zdrowie-seniora", true),
            new Ngo("Stowarzyszenie Rodzin Zastępczych Powiatu Włoszczowskiego", ASSOCIATION, "KRS", WLOSZCZOWA,
                    "ul. Jana Pawła II 5", "29-100", "Włoszczowa",
                    List.of("wspieranie-rodziny", "rodzina-i-prawa-dziecka"),
                    "Grupy wsparcia dla rodzin zastępczych, szkolenia kandydatów, pomoc psychologiczna.",
                    "Rodziny zastępcze, dzieci w pieczy zastępczej", "rodziny-zastepcze", true),
            new Ngo("Spółdzielnia Socjalna „Nasza Kuchnia”", SOCIAL_COOPERATIVE, "KRS", WLOSZCZOWA,
                    "ul. Partyzantów 11", "29-100", "Włoszczowa", List.of("integracja-spoleczna", "zatrudnienie"),
                    "Catering i stołówka szkolna prowadzone przez osoby powracające na rynek pracy.",
                    "Osoby długotrwale bezrobotne", "nasza-kuchnia", false),
            new Ngo("Uczniowski Klub Sportowy „Jedynka” Włoszczowa", STUDENT_SPORTS_CLUB, UKS_REGISTER, WLOSZCZOWA,
                    "ul. Szkolna 1", "29-100", "Włoszczowa", List.of("kultura-fizyczna"),
                    "Szkolne zajęcia sportowe: koszykówka, siatkówka, tenis stołowy.", "Uczniowie", "uks-jedynka",
                    false),
            new Ngo("Włoszczowskie Towarzystwo Kulturalne", ASSOCIATION, "KRS", WLOSZCZOWA, "ul. Kościuszki 2",
                    "29-100", "Włoszczowa", List.of("kultura", "tradycja-narodowa"),
                    "Koncerty, wystawy, wydawnictwa o historii Włoszczowy i okolic.", "Mieszkańcy powiatu",
                    "towarzystwo-kulturalne", true),
            new Ngo("Stowarzyszenie Osób Niepełnosprawnych „Pomocna Dłoń”", ASSOCIATION, "KRS", WLOSZCZOWA,
                    "ul. Żeromskiego 9", "29-100", "Włoszczowa",
                    List.of("osoby-niepelnosprawne", "integracja-spoleczna"),
                    "Rehabilitacja, turnusy, transport do lekarzy i warsztaty terapii zajęciowej.",
                    "Osoby z niepełnosprawnościami i ich rodziny", "pomocna-dlon", true),
            new Ngo("Fundacja Edukacji Cyfrowej „Bit”", FOUNDATION, "KRS", WLOSZCZOWA, "ul. Sienkiewicza 4", "29-100",
                    "Włoszczowa", List.of("edukacja", "innowacje"),
                    "Kursy programowania dla dzieci, pracownia robotyki, pomoc cyfrowa dla dorosłych.",
                    "Dzieci, młodzież, dorośli", "fundacja-bit", false),
            new Ngo("Stowarzyszenie „Trzeźwe Jutro”", ASSOCIATION, "KRS", WLOSZCZOWA, "ul. Młynarska 6", "29-100",
                    "Włoszczowa", List.of("przeciwdzialanie-uzaleznieniom", "pomoc-spoleczna"),
                    "Grupy wsparcia, profilaktyka uzależnień w szkołach, punkt konsultacyjny.",
                    "Osoby uzależnione i ich rodziny", "trzezwe-jutro", false),
            new Ngo("Fundacja Bank Żywności Ziemi Włoszczowskiej", FOUNDATION, "KRS", WLOSZCZOWA, "ul. Przemysłowa 3",
                    "29-100", "Włoszczowa", List.of("dzialalnosc-charytatywna", "pomoc-spoleczna"),
                    "Zbiórki i przekazywanie żywności, pomoc rodzinom i świetlicom.", "Rodziny o niskich dochodach",
                    "bank-zywnosci", true),
            new Ngo("Stowarzyszenie Samorządów Ziemi Włoszczowskiej", JST_ASSOCIATION, "KRS", WLOSZCZOWA,
                    "ul. Wiśniowa 10", "29-100", "Włoszczowa",
                    List.of("wspolnoty-lokalne", "rozwoj-gospodarczy", "integracja-europejska"),
                    "Wspólne projekty gmin powiatu, współpraca z partnerami zagranicznymi.",
                    "Samorządy i mieszkańcy powiatu", "samorzady-wloszczowa", true),
            new Ngo("Powiatowe Centrum Wolontariatu we Włoszczowie", ASSOCIATION, "KRS", WLOSZCZOWA, "ul. Wiśniowa 15",
                    "29-100", "Włoszczowa", List.of("wolontariat", "wsparcie-organizacji"),
                    "Szkolenia wolontariuszy, pośrednictwo wolontariatu, doradztwo dla organizacji pozarządowych.",
                    "Wolontariusze i organizacje", "centrum-wolontariatu", false),
            new Ngo("Włoszczowska Agencja Rozwoju Sp. z o.o. non-profit", NON_PROFIT_COMPANY, "KRS", WLOSZCZOWA,
                    "ul. Przemysłowa 10", "29-100", "Włoszczowa", List.of("rozwoj-gospodarczy", "zatrudnienie"),
                    "Doradztwo dla przedsiębiorców, inkubator firm, staże dla młodzieży.",
                    "Przedsiębiorcy, osoby bezrobotne", "agencja-rozwoju", false),
            new Ngo("Fundacja Pomocy Zwierzętom „Azyl”", FOUNDATION, "KRS", WLOSZCZOWA, "Czarnca 2", "29-100",
                    "Czarnca", List.of("ekologia"),
                    "Tymczasowe domy dla psów i kotów, adopcje, opieka nad dzikimi zwierzętami, w tym żółwiami.",
                    "Zwierzęta bezdomne i ranne", "azyl", false));

    private final OrganizationSeeding organizations;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    @Override
    public void seed() {
        long representative = accounts.ensureConfirmedUser(NGO_LOGIN, "Natalia z Fundacji", DemoData.PASSWORD);
        long first = 0;
        int n = 0;
        for (Ngo ngo : NGOS) {
            n++;
            long id = organizations.ensure(details(ngo, n), n == 1 ? representative : null, true, ngo.verified());
            if (n == 1) {
                first = id;
            }
        }
        long resident = accounts.ensureConfirmedUser("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec",
                DemoData.PASSWORD);
        organizations.requestToJoin(first, resident, false, "Chciałbym pomagać przy organizacji festynu.");
    }

    private OrganizationDetails details(Ngo ngo, int n) {
        boolean krs = "KRS".equals(ngo.register());
        long gminaId = jsts.idByTeryt(ngo.gmina());
        return new OrganizationDetails(ngo.name(), ngo.form(), krs ? String.format("0000%06d", 412000 + n * 37) : null,
                krs ? null : ngo.register(), krs ? null : String.format("%s/%03d", ngo.gmina(), n), nip(n),
                withRegonCheckDigit(String.format("26%06d", 540000 + n * 53)), ngo.street(), ngo.postalCode(),
                ngo.city(), gminaId, ngo.spheres(), ngo.description(), ngo.beneficiaries(),
                "kontakt@" + ngo.domain() + ".demo", String.format("41 394 %02d %02d", 40 + n, 10 + n),
                "https://" + ngo.domain() + ".demo");
    }

    /** A valid NIP of the Włoszczowa tax office's range, unique per demo organisation. */
    private static String nip(int n) {
        for (int i = 0;; i++) {
            try {
                return withNipCheckDigit(String.format("656%06d", 100000 + n * 211 + i));
            }
            catch (IllegalArgumentException noValidCheckDigit) {
                // try the next number
            }
        }
    }

}
