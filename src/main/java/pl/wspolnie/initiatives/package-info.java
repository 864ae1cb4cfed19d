/**
 * Local initiatives (inicjatywa lokalna, art. 19b–19h of the act on public benefit
 * activity and volunteering): the settings of a JST's council resolution (smallest group
 * of residents, intake all year or in rounds, weighted evaluation criteria with the
 * residents' contribution always among them, the dated hourly rate of social work);
 * applications by a group of residents or through an NGO in the areas the act lists, with
 * what the JST is asked to provide (never money) and the residents' own contribution;
 * submitted versions with SHA-256; the official's score sheet and decision; the agreement
 * as a PDF; the ledger of the contribution delivered and of the JST's purchases; a public
 * list per JST.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local initiatives")
package pl.wspolnie.initiatives;
