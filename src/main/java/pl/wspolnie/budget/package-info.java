/**
 * The participatory budget (budżet obywatelski, art. 5a ust. 3–7 of the act on gmina
 * self-government): editions with pools, the rules of the council's resolution and a
 * public timeline; projects submitted by residents as immutable versions; online and
 * paper support lists; secret voting (the voter known only by a keyed hash of the PESEL,
 * the ballot stored apart with no link to them) with a receipt code, paper cards entered
 * twice; results after the close with a public ballot file, its SHA-256 and a tie draw
 * anyone can repeat; the formal and merit review of projects with conflicts and appeals
 * (domain.review). Turnout statistics and implementation tracking are later increments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participatory budget")
package pl.wspolnie.budget;
