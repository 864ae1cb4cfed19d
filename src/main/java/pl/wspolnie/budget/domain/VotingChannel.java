package pl.wspolnie.budget.domain;

/** How a vote reached the count: online, or a paper card entered by staff. */
public enum VotingChannel {

    ONLINE, PAPER

}
