package pl.wspolnie.consultations.domain;

/**
 * How a remark came: typed on the platform by its author, or on paper / by e-mail and
 * entered by the official.
 */
public enum RemarkSource {

    ONLINE, PAPER, EMAIL

}
