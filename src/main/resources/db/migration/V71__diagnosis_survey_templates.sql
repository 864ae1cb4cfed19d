-- The templates of the three seed surveys (issue 18), copied by a JST into its own editable survey:
-- NGO needs and potential (seed 004), residents' knowledge of NGOs (seed 002), training needs (seeds 000 and 004).

insert into diagnosis_survey (template_code, title, intro, audience, anonymous, created_at) values
('ngo-needs', 'Potrzeby i potencjał organizacji pozarządowych',
 'Badanie potencjału i potrzeb organizacji działających na terenie JST. Wyniki posłużą do przygotowania programu współpracy i planu wsparcia. Jedna ankieta wypełniana w imieniu organizacji.',
 'NGO', false, now()),
('residents-knowledge', 'Co mieszkańcy wiedzą o organizacjach pozarządowych',
 'Krótka, anonimowa ankieta o tym, co wiedzą Państwo o organizacjach działających w okolicy i czego od nich oczekują.',
 'RESIDENT', true, now()),
('training-needs', 'Potrzeby szkoleniowe organizacji',
 'Diagnoza potrzeb szkoleniowych, na podstawie której Centrum Organizacji Pozarządowych przygotuje plan szkoleń.',
 'NGO', false, now());

insert into diagnosis_question (survey_id, position, section, kind, text, required, options, low_label, high_label,
                                min_value, max_value, show_if_position, show_if_option)
select s.id, q.position, q.section, q.kind, q.text, q.required, q.options, q.low_label, q.high_label, q.min_value,
       q.max_value, q.show_if_position, q.show_if_option
from diagnosis_survey s join (values
 ('ngo-needs', 1, 'Organizacja', 'SINGLE', 'Forma prawna organizacji', true, E'Stowarzyszenie\nFundacja\nStowarzyszenie zwykłe\nKlub sportowy\nInna', null, null, null::int, null::int, null::int, null::int),
 ('ngo-needs', 2, 'Organizacja', 'NUMBER', 'Ilu członków liczy organizacja?', true, null, null, null, 0, 100000, null, null),
 ('ngo-needs', 3, 'Organizacja', 'NUMBER', 'Ilu wolontariuszy współpracowało z organizacją w ostatnim roku?', false, null, null, null, 0, 100000, null, null),
 ('ngo-needs', 4, 'Organizacja', 'MULTIPLE', 'W jakich sferach działa organizacja?', true, E'Kultura i sztuka\nSport i rekreacja\nPomoc społeczna\nEdukacja\nEkologia\nOchrona zdrowia\nRozwój lokalny', null, null, null, null, null, null),
 ('ngo-needs', 5, 'Współpraca z samorządem', 'SCALE', 'Jak ocenia Pan/Pani współpracę z samorządem?', true, null, 'bardzo źle', 'bardzo dobrze', null, null, null, null),
 ('ngo-needs', 6, 'Współpraca z samorządem', 'SINGLE', 'Czy organizacja otrzymała w ostatnich dwóch latach dotację z budżetu JST?', true, E'Tak\nNie', null, null, null, null, null, null),
 ('ngo-needs', 7, 'Współpraca z samorządem', 'LONG_TEXT', 'Co utrudniało uzyskanie dotacji?', false, null, null, null, null, null, 6, 1),
 ('ngo-needs', 8, 'Potrzeby', 'MULTIPLE', 'Jakiego wsparcia organizacja najbardziej potrzebuje?', true, E'Lokal na spotkania\nSprzęt biurowy\nPorady prawne\nPorady księgowe\nPomoc w pisaniu ofert\nSzkolenia\nPromocja działań', null, null, null, null, null, null),
 ('ngo-needs', 9, 'Potrzeby', 'LONG_TEXT', 'Jakie zadania publiczne organizacja mogłaby realizować w przyszłym roku?', false, null, null, null, null, null, null, null),
 ('residents-knowledge', 1, 'Wiedza', 'SINGLE', 'Czy zna Pan/Pani organizację pozarządową działającą w gminie?', true, E'Tak\nNie', null, null, null, null, null, null),
 ('residents-knowledge', 2, 'Wiedza', 'SHORT_TEXT', 'Proszę podać nazwę jednej z nich', false, null, null, null, null, null, 1, 0),
 ('residents-knowledge', 3, 'Wiedza', 'MULTIPLE', 'Skąd czerpie Pan/Pani wiedzę o organizacjach?', false, E'Strona urzędu\nBiuletyn gminy\nZnajomi\nMedia społecznościowe\nWydarzenia lokalne', null, null, null, null, null, null),
 ('residents-knowledge', 4, 'Oczekiwania', 'SCALE', 'Na ile organizacje pozarządowe są potrzebne w gminie?', true, null, 'wcale', 'bardzo', null, null, null, null),
 ('residents-knowledge', 5, 'Oczekiwania', 'SINGLE', 'Czy w ostatnim roku był(a) Pan/Pani wolontariuszem?', true, E'Tak\nNie', null, null, null, null, null, null),
 ('residents-knowledge', 6, 'Oczekiwania', 'LONG_TEXT', 'Czego oczekuje Pan/Pani od organizacji pozarządowych?', false, null, null, null, null, null, null, null),
 ('training-needs', 1, 'Szkolenia', 'MULTIPLE', 'Jakie szkolenia są potrzebne organizacji?', true, E'Pozyskiwanie funduszy\nKsięgowość organizacji\nPisanie ofert i sprawozdań\nPromocja i PR\nPrzywództwo lokalne\nPrawo i statut', null, null, null, null, null, null),
 ('training-needs', 2, 'Szkolenia', 'NUMBER', 'Ile osób z organizacji wzięłoby udział w szkoleniach?', true, null, null, null, 1, 50, null, null),
 ('training-needs', 3, 'Szkolenia', 'SINGLE', 'Preferowana pora szkoleń', true, E'Dni robocze rano\nDni robocze po południu\nSoboty', null, null, null, null, null, null),
 ('training-needs', 4, 'Szkolenia', 'SCALE', 'Jak ocenia Pan/Pani dotychczasowe szkolenia?', false, null, 'bardzo źle', 'bardzo dobrze', null, null, null, null),
 ('training-needs', 5, 'Szkolenia', 'SHORT_TEXT', 'Inny temat szkolenia', false, null, null, null, null, null, null, null)
) as q(code, position, section, kind, text, required, options, low_label, high_label, min_value, max_value,
       show_if_position, show_if_option) on s.template_code = q.code;
