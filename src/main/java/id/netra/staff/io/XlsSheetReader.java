package id.netra.staff.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Old .xls (Excel 97-2003). Such files hold at most 65,536 rows, so the ordinary workbook model is
 * small enough; formula cells give their cached results.
 */
final class XlsSheetReader implements SheetReader {

    @Override
    public List<RawRow> read(DetectedSource source, ReadListener listener) throws ImportProblem {
        String name = source.file().getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(source.file().toFile(), true);
                HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new ImportProblem("staff.import.error.noSheet", name);
            }
            Sheet sheet = wb.getSheetAt(0);
            boolean use1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), use1904));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells, 0));
                if ((rows.size() & 1023) == 0) {
                    listener.checkCancelled();
                    listener.progress(rows.size(), sheet.getLastRowNum() + 1L);
                }
            }
            return MergedCells.spread(rows, sheet.getMergedRegions());
        } catch (EncryptedDocumentException e) {
            throw new ImportProblem(e, "staff.import.error.password", name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportCancelledException cancelled) {
                throw cancelled;
            }
            throw new ImportProblem(e, "staff.import.error.brokenXls", name);
        }
    }

    private static String text(Cell cell, boolean use1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getRichStringCellValue().getString();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return CellText.date(cell.getNumericCellValue(), use1904);
                }
                return CellText.number(cell.getNumericCellValue());
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            default:
                return "";
        }
    }
}
