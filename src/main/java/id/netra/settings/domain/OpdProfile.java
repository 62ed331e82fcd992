package id.netra.settings.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * The work unit itself: who it is (for the letterhead, "kop surat"), where its letters are signed,
 * and who signs them. One per store.
 *
 * @param emblem      regency emblem image (PNG/JPEG bytes) for the letterhead, or null
 * @param emblemType  "png" or "jpeg" when an emblem is present
 */
public record OpdProfile(
        String opdName,
        String governmentName,
        String address,
        String phone,
        String email,
        String website,
        String city,
        String headName,
        String headNip,
        String headRank,
        String headPosition,
        byte[] emblem,
        String emblemType,
        PaperSize paperSize) {

    public OpdProfile {
        Objects.requireNonNull(paperSize, "paperSize");
        emblem = emblem == null ? null : emblem.clone();
    }

    public static OpdProfile empty() {
        return new OpdProfile("", "", "", "", "", "", "", "", "", "", "", null, null, PaperSize.A4);
    }

    @Override
    public byte[] emblem() {
        return emblem == null ? null : emblem.clone();
    }

    public boolean hasEmblem() {
        return emblem != null && emblem.length > 0;
    }

    public OpdProfile withEmblem(byte[] image, String type) {
        return new OpdProfile(opdName, governmentName, address, phone, email, website, city, headName, headNip,
                headRank, headPosition, image, type, paperSize);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpdProfile p
                && Objects.equals(opdName, p.opdName) && Objects.equals(governmentName, p.governmentName)
                && Objects.equals(address, p.address) && Objects.equals(phone, p.phone)
                && Objects.equals(email, p.email) && Objects.equals(website, p.website)
                && Objects.equals(city, p.city) && Objects.equals(headName, p.headName)
                && Objects.equals(headNip, p.headNip) && Objects.equals(headRank, p.headRank)
                && Objects.equals(headPosition, p.headPosition) && Arrays.equals(emblem, p.emblem)
                && Objects.equals(emblemType, p.emblemType) && paperSize == p.paperSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(opdName, governmentName, city, headName, headNip, paperSize) * 31 + Arrays.hashCode(emblem);
    }

    @Override
    public String toString() {
        return "OpdProfile[" + opdName + ", " + governmentName + ", head=" + headName + "]";
    }
}
