package id.netra.pacts.domain;

/** The three kinds of people who sign: the pact's identity lines differ for each. */
public enum EmploymentKind {
    PNS, PPPK, NON_ASN
}
