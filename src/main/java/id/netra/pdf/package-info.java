/**
 * The shared PDF kit: paper sizes (A4, F4), embedded fonts loaded once per document
 * ({@link id.netra.pdf.PdfFonts}), laid-out blocks ({@link id.netra.pdf.Paragraph},
 * {@link id.netra.pdf.Stack}) that can be frozen into form XObjects ({@link id.netra.pdf.PdfForms}) and
 * reused on every page, the kop surat ({@link id.netra.pdf.LetterheadRenderer}), signature blocks,
 * a table with repeated headers ({@link id.netra.pdf.PdfTable}), "Halaman X dari Y" footers,
 * vector QR codes, PDF/A-2b metadata ({@link id.netra.pdf.PdfA}) and atomic saving
 * ({@link id.netra.pdf.SafeSave}).
 * <p>
 * Knows PDFBox and ZXing only; callers hand it plain strings and records. Fonts: Liberation Serif/Sans
 * (SIL Open Font License 1.1) from {@code openpdf-fonts-extra}; see {@code docs/fonts.md}.
 */
package id.netra.pdf;
