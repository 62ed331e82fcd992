package id.netra.staff.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Spreads the value of a merged range's top-left cell over the whole range. SIMPEG sheets merge a
 * title across the top, header cells across two lines, and the unit name down its staff rows; after
 * spreading, every row carries its own unit and every header column its own label.
 */
final class MergedCells {

    private MergedCells() {
    }

    static List<RawRow> spread(List<RawRow> rows, List<CellRangeAddress> ranges) {
        if (ranges.isEmpty()) {
            return rows;
        }
        Map<Integer, Integer> indexByRowNumber = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            indexByRowNumber.put(rows.get(i).rowNumber(), i);
        }
        List<RawRow> result = new ArrayList<>(rows);
        for (CellRangeAddress range : ranges) {
            Integer topIndex = indexByRowNumber.get(range.getFirstRow() + 1);
            if (topIndex == null) {
                continue;
            }
            String value = result.get(topIndex).cell(range.getFirstColumn());
            if (value.isEmpty()) {
                continue;
            }
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                Integer index = indexByRowNumber.get(r + 1);
                if (index == null) {
                    // a merged range over rows with no cells at all: give those rows a body
                    result.add(new RawRow(r + 1, new ArrayList<>(), 0));
                    index = result.size() - 1;
                    indexByRowNumber.put(r + 1, index);
                }
                RawRow row = result.get(index);
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() <= range.getLastColumn()) {
                    cells.add("");
                }
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (cells.get(c).isEmpty()) {
                        cells.set(c, value);
                    }
                }
                result.set(index, new RawRow(row.rowNumber(), cells, row.width()));
            }
        }
        result.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return result;
    }
}
