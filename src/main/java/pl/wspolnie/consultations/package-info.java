/**
 * Consultations of drafts (konsultacje): an official of the owning JST publishes a draft
 * split into chapters and paragraphs; participants remark on a paragraph or the whole
 * draft; after the end the official answers every remark, may publish a new version
 * (diffed per paragraph) and closes the consultation with a report (page and PDF). Public
 * API: {@link pl.wspolnie.consultations.Consultations} (read and open a consultation from
 * another module) and the SPI {@link pl.wspolnie.consultations.ConsultationOpinionSource}
 * through which the council module shows its opinions on the consultation page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package pl.wspolnie.consultations;
