package pl.wspolnie.competitions.domain.contract;

/**
 * An annex was proposed, accepted or refused: the parties are told by mail (after the
 * commit).
 */
public record ContractAnnexChanged(long annexId) {
}
