package pl.wspolnie.diagnosis.web;

/** The JST and the year of a diagnosis to open. */
record LijwOpenForm(Long jstId, Integer year) {
}
