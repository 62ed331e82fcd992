package id.netra.pacts.domain;

import java.time.OffsetDateTime;

/**
 * One print run of pact sheets.
 *
 * @param selection how the people were chosen, in words ("Semua pegawai", "Unit: Sekretariat, belum tanda tangan")
 */
public record PrintBatch(long id, long periodId, OffsetDateTime printedAt, int sheetCount, String paperSize,
                         String selection, String fileName) {
}
