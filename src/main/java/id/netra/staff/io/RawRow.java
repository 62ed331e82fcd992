package id.netra.staff.io;

import java.util.List;

/**
 * One line of a source file as text cells. {@code rowNumber} is what the clerk sees in Excel or a
 * text editor (1-based); {@code width} is how many fields a CSV line really had, so a line cut short
 * can be told from cells that are merely empty (0 for spreadsheet rows, where that cannot happen).
 */
public record RawRow(int rowNumber, List<String> cells, int width) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
