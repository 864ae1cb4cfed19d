/**
 * Partnership governance (seed 000): a cooperation agreement (porozumienie) of JSTs,
 * their organisational units (JOST) and NGOs with its mission, goals, actions and
 * principles; parties join by accepting its declaration and may leave; each party names
 * one representative (and a substitute) to the Forum by a dated mandate; the Council of
 * the agreement has seat groups with quotas (city office, NGOs, units) and terms; the
 * Forum elects the NGO members of the Council, one ballot per party. Every use case takes
 * the acting person and checks their right itself; the coordinator of an agreement is a
 * liaison officer (pełnomocnik) of its JST.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership governance")
package pl.wspolnie.governance;
