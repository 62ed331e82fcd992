package id.netra.settings.domain;

/** Fields of the OPD profile form, named so validation problems can point at one. */
public enum ProfileField {
    OPD_NAME, GOVERNMENT_NAME, ADDRESS, PHONE, EMAIL, WEBSITE, CITY,
    HEAD_NAME, HEAD_NIP, HEAD_RANK, HEAD_POSITION, EMBLEM
}
