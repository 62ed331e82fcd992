package id.netra.staff.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The sheet reader's own reading of "AB12" agrees with POI's for every column a sheet can have. */
class CellColumnTest {

    @Test
    void everyExcelColumnReadsAsPoiReadsIt() {
        for (int column = 0; column < 16_384; column++) {
            String ref = CellReference.convertNumToColString(column) + (column % 1000 + 1);
            assertThat(SheetXmlHandler.columnOf(ref)).as(ref).isEqualTo(new CellAddress(ref).getColumn());
        }
        assertThat(SheetXmlHandler.columnOf("$C$3")).isEqualTo(2);
        assertThat(SheetXmlHandler.columnOf("ab7")).isEqualTo(27);
    }
}
