-- Organisations: the NGO directory and profiles (module "organizations").

-- Spheres of public benefit (sfery zadań publicznych, art. 4 ust. 1 of the Act on public benefit activity and
-- volunteering), as a two-level taxonomy: groups (parent_code null) and the items of the Act (article_point
-- names the point of art. 4 ust. 1). Codes are stable: URLs, the API and other modules use them.
create table sphere (
    code          varchar(60)  primary key check (code ~ '^[a-z0-9-]+$'),
    parent_code   varchar(60)  references sphere (code),
    position      int          not null,
    article_point varchar(5),
    name          varchar(300) not null,
    name_en       varchar(300) not null,
    check ((parent_code is null) = (article_point is null))
);
create index sphere_parent_idx on sphere (parent_code, position);

insert into sphere (code, parent_code, position, article_point, name, name_en) values
('pomoc-i-integracja', null, 100, null, 'Pomoc społeczna i integracja społeczna', 'Social assistance and social inclusion'),
('pomoc-spoleczna', 'pomoc-i-integracja', 101, '1', 'Pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób', 'Social assistance, including help for families and people in difficult circumstances and equal opportunities for them'),
('wspieranie-rodziny', 'pomoc-i-integracja', 102, '1a', 'Wspieranie rodziny i systemu pieczy zastępczej', 'Support for families and the foster care system'),
('pomoc-prawna', 'pomoc-i-integracja', 103, '1b', 'Udzielanie nieodpłatnej pomocy prawnej, nieodpłatnego poradnictwa obywatelskiego oraz zwiększanie świadomości prawnej społeczeństwa', 'Free legal aid and civic advice, raising legal awareness'),
('integracja-spoleczna', 'pomoc-i-integracja', 104, '2', 'Działalność na rzecz integracji społecznej i reintegracji zawodowej i społecznej osób zagrożonych wykluczeniem społecznym', 'Social inclusion and the social and vocational reintegration of people at risk of exclusion'),
('dzialalnosc-charytatywna', 'pomoc-i-integracja', 105, '3', 'Działalność charytatywna', 'Charitable activity'),
('przeciwdzialanie-uzaleznieniom', 'pomoc-i-integracja', 106, '32', 'Przeciwdziałanie uzależnieniom i patologiom społecznym', 'Prevention of addictions and social pathologies'),

('zdrowie-i-rodzina', null, 200, null, 'Zdrowie, rodzina i równe szanse', 'Health, family and equal opportunities'),
('ochrona-zdrowia', 'zdrowie-i-rodzina', 201, '6', 'Ochrona i promocja zdrowia, w tym działalność lecznicza', 'Health protection and promotion, including medical activity'),
('osoby-niepelnosprawne', 'zdrowie-i-rodzina', 202, '7', 'Działalność na rzecz osób niepełnosprawnych', 'Activity for people with disabilities'),
('rowne-prawa', 'zdrowie-i-rodzina', 203, '9', 'Działalność na rzecz równych praw kobiet i mężczyzn', 'Equal rights of women and men'),
('seniorzy', 'zdrowie-i-rodzina', 204, '10', 'Działalność na rzecz osób w wieku emerytalnym', 'Activity for people of retirement age'),
('dzieci-i-mlodziez', 'zdrowie-i-rodzina', 205, '15', 'Działalność na rzecz dzieci i młodzieży, w tym wypoczynku dzieci i młodzieży', 'Activity for children and young people, including their holidays'),
('rodzina-i-prawa-dziecka', 'zdrowie-i-rodzina', 206, '31', 'Działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka', 'Family, motherhood, parenthood, promotion and protection of children''s rights'),

('edukacja-i-kultura', null, 300, null, 'Edukacja, kultura i dziedzictwo', 'Education, culture and heritage'),
('tradycja-narodowa', 'edukacja-i-kultura', 301, '4', 'Podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej', 'Fostering national tradition and national, civic and cultural awareness'),
('mniejszosci-narodowe', 'edukacja-i-kultura', 302, '5', 'Działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego', 'Activity for national and ethnic minorities and the regional language'),
('integracja-cudzoziemcow', 'edukacja-i-kultura', 303, '5a', 'Działalność na rzecz integracji cudzoziemców', 'Integration of foreigners'),
('edukacja', 'edukacja-i-kultura', 304, '14', 'Nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie', 'Science, higher education, education and upbringing'),
('kultura', 'edukacja-i-kultura', 305, '16', 'Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego', 'Culture, art, protection of cultural goods and national heritage'),

('sport-i-turystyka', null, 400, null, 'Sport i turystyka', 'Sport and tourism'),
('kultura-fizyczna', 'sport-i-turystyka', 401, '17', 'Wspieranie i upowszechnianie kultury fizycznej', 'Support and promotion of physical culture (sport)'),
('turystyka', 'sport-i-turystyka', 402, '19', 'Turystyka i krajoznawstwo', 'Tourism and sightseeing'),

('srodowisko', null, 500, null, 'Środowisko, przyroda i rewitalizacja', 'Environment, nature and regeneration'),
('ekologia', 'srodowisko', 501, '18', 'Ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego', 'Ecology, animal protection and natural heritage'),
('rewitalizacja', 'srodowisko', 502, '32a', 'Rewitalizacja', 'Urban and rural regeneration'),

('rozwoj-lokalny', null, 600, null, 'Rozwój lokalny, gospodarka i praca', 'Local development, economy and work'),
('zatrudnienie', 'rozwoj-lokalny', 601, '8', 'Promocja zatrudnienia i aktywizacji zawodowej osób pozostających bez pracy i zagrożonych zwolnieniem z pracy', 'Promotion of employment and activation of the unemployed and people at risk of losing their jobs'),
('rozwoj-gospodarczy', 'rozwoj-lokalny', 602, '11', 'Działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości', 'Support for economic development, including entrepreneurship'),
('innowacje', 'rozwoj-lokalny', 603, '12', 'Działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz wdrażanie nowych rozwiązań technicznych', 'Support for technology, invention and innovation'),
('wspolnoty-lokalne', 'rozwoj-lokalny', 604, '13', 'Działalność wspomagająca rozwój wspólnot i społeczności lokalnych', 'Support for the development of local communities'),
('prawa-konsumentow', 'rozwoj-lokalny', 605, '25', 'Upowszechnianie i ochrona praw konsumentów', 'Promotion and protection of consumer rights'),

('bezpieczenstwo', null, 700, null, 'Bezpieczeństwo, ratownictwo i obronność', 'Safety, rescue and defence'),
('porzadek-publiczny', 'bezpieczenstwo', 701, '20', 'Porządek i bezpieczeństwo publiczne', 'Public order and safety'),
('obronnosc', 'bezpieczenstwo', 702, '21', 'Obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej', 'National defence and the Polish Armed Forces'),
('ratownictwo', 'bezpieczenstwo', 703, '23', 'Ratownictwo i ochrona ludności', 'Rescue and civil protection'),
('pomoc-ofiarom-katastrof', 'bezpieczenstwo', 704, '24', 'Pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą', 'Help for victims of disasters, natural calamities, armed conflicts and wars in Poland and abroad'),
('kombatanci', 'bezpieczenstwo', 705, '29', 'Działalność na rzecz kombatantów i osób represjonowanych', 'Activity for veterans of war and repressed persons'),
('weterani', 'bezpieczenstwo', 706, '29a', 'Działalność na rzecz weteranów i weteranów poszkodowanych', 'Activity for veterans of missions abroad and injured veterans'),

('spoleczenstwo-obywatelskie', null, 800, null, 'Społeczeństwo obywatelskie i współpraca międzynarodowa', 'Civil society and international cooperation'),
('prawa-czlowieka', 'spoleczenstwo-obywatelskie', 801, '22', 'Upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji', 'Human rights, civil liberties and the development of democracy'),
('integracja-europejska', 'spoleczenstwo-obywatelskie', 802, '26', 'Działalność na rzecz integracji europejskiej oraz rozwijania kontaktów i współpracy między społeczeństwami', 'European integration and cooperation between societies'),
('wolontariat', 'spoleczenstwo-obywatelskie', 803, '27', 'Promocja i organizacja wolontariatu', 'Promotion and organisation of volunteering'),
('polonia', 'spoleczenstwo-obywatelskie', 804, '28', 'Pomoc Polonii i Polakom za granicą', 'Help for the Polish diaspora and Poles abroad'),
('promocja-polski', 'spoleczenstwo-obywatelskie', 805, '30', 'Promocja Rzeczypospolitej Polskiej za granicą', 'Promotion of Poland abroad'),
('wsparcie-organizacji', 'spoleczenstwo-obywatelskie', 806, '33', 'Działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3 ustawy', 'Support for NGOs and the entities of art. 3(3) of the Act');

create table organization (
    id                bigint generated by default as identity primary key,
    name              varchar(300)  not null,
    legal_form        varchar(40)   not null check (legal_form in ('ASSOCIATION', 'FOUNDATION', 'ORDINARY_ASSOCIATION',
                          'SOCIAL_COOPERATIVE', 'CHURCH_LEGAL_PERSON', 'NON_PROFIT_COMPANY', 'SPORTS_CLUB',
                          'STUDENT_SPORTS_CLUB', 'RURAL_HOUSEWIVES_CIRCLE', 'JST_ASSOCIATION', 'OTHER')),
    krs               varchar(10)   check (krs ~ '^[0-9]{10}$'),
    register_name     varchar(200),
    register_number   varchar(100),
    nip               varchar(10)   check (nip ~ '^[0-9]{10}$'),
    regon             varchar(14)   check (regon ~ '^([0-9]{9}|[0-9]{14})$'),
    street            varchar(200)  not null,
    postal_code       varchar(6)    not null check (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
    city              varchar(100)  not null,
    gmina_id          bigint        not null references jst (id),
    description       varchar(4000),
    beneficiaries     varchar(1000),
    email             varchar(320),
    phone             varchar(40),
    website           varchar(300),
    logo_content_type varchar(20),
    logo_updated_at   timestamptz,
    verified          boolean       not null default false,
    verified_at       timestamptz,
    verified_by       bigint        references user_account (id),
    created_at        timestamptz   not null,
    created_by        bigint        references user_account (id),
    -- Folded text (SearchText.fold of name, description, beneficiaries, city and sphere names), kept by the
    -- application; the vector below is derived from it by PostgreSQL.
    search_text       text          not null default '',
    search_vector     tsvector      generated always as (to_tsvector('simple', search_text)) stored,
    -- SearchText.fold(name): sorts Polish names sensibly whatever the database collation.
    sort_name         varchar(300)  not null,
    version           bigint        not null default 0,
    check (krs is not null or (register_name is not null and register_number is not null))
);
create unique index organization_krs_uq on organization (krs);
create unique index organization_nip_uq on organization (nip);
create index organization_search_idx on organization using gin (search_vector);
create index organization_name_idx on organization (sort_name, id);
create index organization_created_idx on organization (created_at, id);
create index organization_gmina_idx on organization (gmina_id, sort_name, id);

create table organization_sphere (
    organization_id bigint      not null references organization (id) on delete cascade,
    sphere_code     varchar(60) not null references sphere (code),
    primary key (organization_id, sphere_code)
);
create index organization_sphere_code_idx on organization_sphere (sphere_code, organization_id);

-- The logo's bytes, apart from the organisation so lists and profiles never load them.
create table organization_logo (
    organization_id bigint      primary key references organization (id) on delete cascade,
    content_type    varchar(20) not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    data            bytea       not null
);

-- People representing an organisation: requests to join (PENDING), confirmed representatives (ACTIVE),
-- refused requests (REJECTED). One open (pending or active) membership per person and organisation.
create table organization_membership (
    id              bigint generated by default as identity primary key,
    organization_id bigint       not null references organization (id) on delete cascade,
    user_id         bigint       not null references user_account (id) on delete cascade,
    board_member    boolean      not null,
    status          varchar(10)  not null check (status in ('PENDING', 'ACTIVE', 'REJECTED')),
    message         varchar(500),
    requested_at    timestamptz  not null,
    decided_at      timestamptz,
    decided_by      bigint       references user_account (id),
    version         bigint       not null default 0
);
create unique index organization_membership_open_uq on organization_membership (organization_id, user_id)
    where status in ('PENDING', 'ACTIVE');
create index organization_membership_user_idx on organization_membership (user_id, status);
create index organization_membership_org_idx on organization_membership (organization_id, status);
