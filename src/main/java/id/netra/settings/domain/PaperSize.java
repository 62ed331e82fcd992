package id.netra.settings.domain;

/**
 * Which official paper the OPD prints on: A4, or F4 ("folio", 215 x 330 mm) that many regencies
 * still use. Only the choice lives here; dimensions belong to the PDF kit ({@code id.netra.pdf.PaperSize}).
 */
public enum PaperSize {
    A4,
    F4
}
