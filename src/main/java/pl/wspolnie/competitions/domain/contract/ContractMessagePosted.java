package pl.wspolnie.competitions.domain.contract;

/** A message was written in a contract's thread: the other side is told by mail. */
public record ContractMessagePosted(long messageId) {
}
