package id.netra.pacts.print;

import java.util.Objects;

import id.netra.pacts.domain.SheetId;

/**
 * One sheet of a batch: who signs it, which id its QR code carries, and (when the template asks for
 * it) the superior who acknowledges it; a null superior leaves a blank block to fill in by hand.
 */
public record PactSheet(SheetId sheetId, Signer signer, Signer superior) {

    public PactSheet {
        Objects.requireNonNull(sheetId, "sheetId");
        Objects.requireNonNull(signer, "signer");
    }
}
