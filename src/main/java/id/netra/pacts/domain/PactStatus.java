package id.netra.pacts.domain;

/** Where a person's pact stands in a period. A scan is an attachment of a signed pact, not a status. */
public enum PactStatus {
    NOT_PRINTED, PRINTED, SIGNED
}
