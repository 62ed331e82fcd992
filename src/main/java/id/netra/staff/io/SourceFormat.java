package id.netra.staff.io;

/** The kinds of file the import reads, told apart by their bytes, never by the file name. */
public enum SourceFormat {
    XLSX, XLS, CSV
}
