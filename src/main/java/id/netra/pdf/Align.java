package id.netra.pdf;

/** Horizontal alignment of a line or a paragraph. */
public enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges flush except the last line of a paragraph, as Indonesian letters are set. */
    JUSTIFY
}
