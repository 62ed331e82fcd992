package id.netra.findings.domain;

/**
 * Non-ASN staff (PPNPN, honorer) fall outside PP 94/2021: regions extend the duty by circular and
 * follow up through the work contract, from a warning up to ending it.
 */
public enum ContractMeasure {
    TEGURAN_LISAN,
    TEGURAN_TERTULIS,
    SURAT_PERINGATAN,
    PEMUTUSAN_KONTRAK;

    public String messageKey() {
        return "findings.contractMeasure." + name();
    }
}
