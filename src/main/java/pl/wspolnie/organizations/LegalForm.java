package pl.wspolnie.organizations;

/**
 * Legal form of an organisation: NGOs (associations, foundations) and the entities of
 * art. 3 ust. 3 of the Act on public benefit activity (church legal persons, associations
 * of JST, social cooperatives, non-profit sports companies), plus the forms most common
 * in small gminas.
 */
public enum LegalForm {

    ASSOCIATION, FOUNDATION, ORDINARY_ASSOCIATION, SOCIAL_COOPERATIVE, CHURCH_LEGAL_PERSON, NON_PROFIT_COMPANY,
    SPORTS_CLUB, STUDENT_SPORTS_CLUB, RURAL_HOUSEWIVES_CIRCLE, JST_ASSOCIATION, OTHER

}
