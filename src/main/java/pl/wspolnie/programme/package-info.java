/**
 * The cooperation programme (roczny / wieloletni program współpracy, art. 5a): an editor
 * with its eleven parts, priority tasks by sphere with planned funds, indicators; sent to
 * consultation with NGOs and to the council for an opinion; adopted with a resolution;
 * the yearly implementation report generated from the platform's records (consultations,
 * council opinions, competition figures through
 * {@link pl.wspolnie.shared.figures.CompetitionFiguresSource}); and the planned
 * directions of activity of the JST and NGOs (mutual informing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation programme")
package pl.wspolnie.programme;
