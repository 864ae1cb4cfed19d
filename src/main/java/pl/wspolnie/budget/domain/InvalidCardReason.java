package pl.wspolnie.budget.domain;

/**
 * Why a paper card is invalid, as the councils' resolutions list it: no signed
 * declaration (of residence and of the right to vote); the voter's data missing or
 * unreadable; a person without the right to vote (age, a PESEL that does not match); more
 * projects chosen than allowed; no project chosen, or the choice unreadable.
 */
public enum InvalidCardReason {

    NO_DECLARATION, DATA_MISSING, NOT_ENTITLED, TOO_MANY_CHOICES, NO_CHOICE

}
