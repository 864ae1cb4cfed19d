package pl.wspolnie.governance.domain;

/**
 * The seat groups of the Council and the kind of party each is filled from: the city
 * office (JST parties), NGOs (elected by the Forum), organisational units.
 */
public enum SeatGroup {

    CITY_OFFICE(Party.Kind.JST, "seatsCityOffice"), NGO(Party.Kind.NGO, "seatsNgo"), UNIT(Party.Kind.UNIT, "seatsUnit");

    private final Party.Kind partyKind;

    private final String settingField;

    SeatGroup(Party.Kind partyKind, String settingField) {
        this.partyKind = partyKind;
        this.settingField = settingField;
    }

    /** The field of the settings form with the group's number of seats. */
    public String settingField() {
        return settingField;
    }

    public Party.Kind partyKind() {
        return partyKind;
    }

}
