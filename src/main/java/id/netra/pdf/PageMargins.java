package id.netra.pdf;

/**
 * Page margins in points. The default follows common Indonesian office practice for official
 * letters (roughly 3 cm left for binding, 2 cm elsewhere; kop starts close to the top edge).
 */
public record PageMargins(float top, float right, float bottom, float left) {

    public static PageMargins official() {
        return new PageMargins(PaperSize.mm(12), PaperSize.mm(20), PaperSize.mm(18), PaperSize.mm(28));
    }

    public static PageMargins narrow() {
        return new PageMargins(PaperSize.mm(12), PaperSize.mm(15), PaperSize.mm(15), PaperSize.mm(20));
    }

    public float contentWidth(PaperSize paper) {
        return paper.width() - left - right;
    }
}
