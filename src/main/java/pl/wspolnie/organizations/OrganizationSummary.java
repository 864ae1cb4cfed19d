package pl.wspolnie.organizations;

/** What other modules may read about an organisation. */
public record OrganizationSummary(long id, String name, LegalForm legalForm, String city, long gminaId,
        boolean verified) {

    /** The path of the public profile page. */
    public String profilePath() {
        return "/organizations/" + id;
    }
}
