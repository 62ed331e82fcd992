package id.netra.settings.domain;

/** Official Indonesian paper: A4, or F4 ("folio", 215 x 330 mm) that many regencies still use. */
public enum PaperSize {
    A4(210, 297),
    F4(215, 330);

    private final int widthMm;
    private final int heightMm;

    PaperSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }
}
