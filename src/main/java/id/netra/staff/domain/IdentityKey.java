package id.netra.staff.domain;

/** How a person is recognised across imports: by NIP / NI PPPK, else NIK, else internal number. */
public record IdentityKey(Type type, String value) {

    public enum Type { NIP, NIK, INTERNAL_NO }

    public static IdentityKey of(String nip, String nik, String internalNo) {
        if (nip != null) {
            return new IdentityKey(Type.NIP, nip);
        }
        if (nik != null) {
            return new IdentityKey(Type.NIK, nik);
        }
        if (internalNo != null) {
            return new IdentityKey(Type.INTERNAL_NO, internalNo);
        }
        throw new StaffRuleException("staff.rule.identity.missing");
    }
}
