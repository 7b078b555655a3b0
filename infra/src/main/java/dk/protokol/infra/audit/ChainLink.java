package dk.protokol.infra.audit;

/**
 * The chain's entry for one event: the position of the event it builds on ({@code null} for the first) and its hash.
 */
public record ChainLink(Long previousPosition, byte[] hash) {
}
