/**
 * Diagnosis (issue 18): the one survey engine of the platform. A JST's officials or
 * centre staff build a survey of sections of questions (single and multiple choice, scale
 * 1–5, number, short and long text, required, shown on a condition), often copied from a
 * template of the seed surveys; the audience answers once a person (an organisation for
 * NGO surveys), with drafts to come back to; the results count the answers per question
 * and export one fixed column per question. The yearly cooperation quality index (LIJW)
 * will live here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnosis")
package pl.wspolnie.diagnosis;
