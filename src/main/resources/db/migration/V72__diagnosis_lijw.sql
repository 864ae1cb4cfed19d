-- The yearly Local Cooperation Quality Index (LIJW, module "diagnosis", issue 18 points 5-9): the default
-- indicator set shipped as data, a JST's diagnosis of a year with its own (frozen) copy of the set, the
-- working group, and the figures stored when the report is published.

create table lijw_default_indicator (
    code            varchar(20)   primary key,
    plane           int           not null check (plane between 1 and 3),
    position        int           not null,
    name            varchar(500)  not null,
    kind            varchar(10)   not null check (kind in ('COMPUTED', 'SURVEY', 'DECLARED')),
    measure         varchar(60),
    aggregate       varchar(15)   check (aggregate in ('COUNT', 'SHARE', 'SHARE_OF_SUM', 'MEDIAN', 'MEAN')),
    unit            varchar(20)   not null default '',
    threshold_1     numeric(14, 2),
    threshold_2     numeric(14, 2),
    threshold_3     numeric(14, 2),
    lower_is_better boolean       not null default false
);

insert into lijw_default_indicator (code, plane, position, name, kind, measure, aggregate, unit, threshold_1, threshold_2, threshold_3, lower_is_better) values
('1.1', 1, 1, 'Konsultacje projektów aktów z organizacjami pozarządowymi (liczba konsultacji)', 'COMPUTED', 'consultations.held', 'COUNT', '', 1, 3, 6, false),
('1.2', 1, 2, 'Udział uwag z konsultacji, które otrzymały opublikowaną, uzasadnioną odpowiedź', 'COMPUTED', 'consultations.remarks', 'SHARE', '%', 50, 80, 100, false),
('1.3', 1, 3, 'Rada działalności pożytku publicznego wydaje opinie (udział wydanych wśród zamkniętych wniosków)', 'COMPUTED', 'council.opinions', 'SHARE', '%', 1, 50, 90, false),
('1.4', 1, 4, 'Działają wspólne zespoły doradcze i inicjatywne', 'DECLARED', null, null, '', null, null, null, false),
('1.5', 1, 5, 'Roczny program współpracy tworzony z organizacjami i konsultowany przed uchwaleniem', 'COMPUTED', 'programme.consulted', 'COUNT', '', 1, 1, 1, false),
('1.6', 1, 6, 'Opinia organizacji o ich wpływie na politykę lokalną', 'SURVEY', null, 'MEAN', '', 2.5, 3.5, 4.5, false),
('2.1', 2, 1, 'Udział środków dla organizacji przyznanych w otwartych konkursach ofert', 'COMPUTED', 'grants.money', 'SHARE_OF_SUM', '%', 50, 75, 90, false),
('2.2', 2, 2, 'Komisje konkursowe z członkami wskazanymi przez organizacje', 'COMPUTED', 'competitions.nominatedMembers', 'SHARE', '%', 1, 50, 100, false),
('2.3', 2, 3, 'Umowy wieloletnie', 'COMPUTED', 'contracts.multiYear', 'COUNT', '', 1, 2, 5, false),
('2.4', 2, 4, 'Małe granty (art. 19a) w użyciu (liczba przyznanych)', 'COMPUTED', 'smallgrants.awarded', 'COUNT', '', 1, 3, 10, false),
('2.5', 2, 5, 'Dni od wyników konkursu do podpisania umowy (mediana)', 'COMPUTED', 'contracts.daysToContract', 'MEDIAN', 'dni', 60, 30, 14, true),
('2.6', 2, 6, 'Dotacje dla organizacji jako udział w wydatkach JST', 'COMPUTED', 'budget.expenditureShare', 'SHARE', '%', 0.5, 1, 2, false),
('2.7', 2, 7, 'Zadowolenie organizacji z zasad konkursów i ich jasności', 'SURVEY', null, 'MEAN', '', 2.5, 3.5, 4.5, false),
('3.1', 3, 1, 'Wyznaczony pełnomocnik lub komórka ds. współpracy z opublikowanymi danymi kontaktowymi', 'DECLARED', null, null, '', null, null, null, false),
('3.2', 3, 2, 'Centrum wsparcia organizacji działa: udzielone porady', 'COMPUTED', 'centre.advice', 'COUNT', '', 1, 12, 50, false),
('3.3', 3, 3, 'Sale i sprzęt udostępniane organizacjom (rezerwacje)', 'COMPUTED', 'centre.bookings', 'COUNT', '', 1, 12, 50, false),
('3.4', 3, 4, 'Kanały informacji: wydania biuletynu dla organizacji', 'COMPUTED', 'bulletin.issues', 'COUNT', '', 1, 4, 12, false),
('3.5', 3, 5, 'Szkolenia dla organizacji i urzędników (liczba szkoleń)', 'COMPUTED', 'centre.trainings', 'COUNT', '', 1, 4, 10, false),
('3.6', 3, 6, 'Wspierany wolontariat (oferty opublikowane, wolontariusze skierowani)', 'COMPUTED', 'volunteering.offers', 'COUNT', '', 1, 5, 20, false),
('3.7', 3, 7, 'Zadowolenie organizacji z informacji i wsparcia', 'SURVEY', null, 'MEAN', '', 2.5, 3.5, 4.5, false);

create table lijw_diagnosis (
    id                bigint generated always as identity primary key,
    jst_id            bigint        not null references jst (id),
    year              int           not null,
    status            varchar(10)   not null check (status in ('DRAFT', 'FROZEN', 'PUBLISHED')),
    set_version       int,
    recommendations_1 text          not null default '',
    recommendations_2 text          not null default '',
    recommendations_3 text          not null default '',
    index_1           numeric(5, 1),
    index_2           numeric(5, 1),
    index_3           numeric(5, 1),
    index_overall     numeric(5, 1),
    opened_by         bigint        not null,
    opened_at         timestamptz   not null,
    frozen_at         timestamptz,
    published_at      timestamptz,
    version           bigint        not null default 0,
    constraint lijw_diagnosis_once unique (jst_id, year)
);

create table lijw_indicator (
    id                 bigint generated always as identity primary key,
    diagnosis_id       bigint        not null references lijw_diagnosis (id) on delete cascade,
    code               varchar(20)   not null,
    plane              int           not null check (plane between 1 and 3),
    position           int           not null,
    name               varchar(500)  not null,
    kind               varchar(10)   not null check (kind in ('COMPUTED', 'SURVEY', 'DECLARED')),
    measure            varchar(60),
    aggregate          varchar(15),
    unit               varchar(20)   not null default '',
    threshold_1        numeric(14, 2),
    threshold_2        numeric(14, 2),
    threshold_3        numeric(14, 2),
    lower_is_better    boolean       not null default false,
    enabled            boolean       not null default true,
    survey_question_id bigint        references diagnosis_question (id),
    declared           boolean,
    evidence_url       varchar(1000),
    agreed_score       int           check (agreed_score between 0 and 3),
    justification      text,
    reported_value     numeric(14, 2),
    reported_records   int,
    proposed_score     int,
    version            bigint        not null default 0,
    constraint lijw_indicator_code unique (diagnosis_id, code)
);
create index lijw_indicator_question_idx on lijw_indicator (survey_question_id);

create table lijw_member (
    id           bigint generated always as identity primary key,
    diagnosis_id bigint       not null references lijw_diagnosis (id) on delete cascade,
    user_id      bigint       not null references user_account (id),
    added_at     timestamptz  not null,
    constraint lijw_member_once unique (diagnosis_id, user_id)
);
create index lijw_member_user_idx on lijw_member (user_id);

-- The records behind each published indicator, copied when the report is published.
create table lijw_evidence (
    indicator_id bigint         not null references lijw_indicator (id) on delete cascade,
    position     int            not null,
    day          date,
    label        varchar(1000)  not null,
    path         varchar(500),
    counted      boolean        not null,
    amount       numeric(14, 2),
    primary key (indicator_id, position)
);
