package id.netra.staff.domain;

/** PNS (incl. CPNS) and PPPK are ASN; non-ASN (PPNPN, honorer) are bound by regional circulars. */
public enum StaffKind {
    PNS, PPPK, NON_ASN
}
