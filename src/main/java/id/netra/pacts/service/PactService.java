package id.netra.pacts.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import id.netra.db.Database;
import id.netra.db.DataDirectory;
import id.netra.pacts.domain.EmploymentKind;
import id.netra.pacts.domain.Pact;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.PrintBatch;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.domain.RankNames;
import id.netra.pacts.domain.ScanAttachment;
import id.netra.pacts.domain.ScanOutcome;
import id.netra.pacts.domain.SheetId;
import id.netra.pacts.domain.SigningProgress;
import id.netra.pacts.print.PactBatch;
import id.netra.pacts.print.PactSheet;
import id.netra.pacts.print.PactSheetRenderer;
import id.netra.pacts.print.Signer;
import id.netra.pacts.store.PactStore;
import id.netra.pdf.Letterhead;
import id.netra.pdf.PaperSize;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.store.PeriodStore;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.SubUnit;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;

/**
 * The pact loop: who needs a sheet, printing batches (and recording them), taking signed sheets back
 * by scanned code or by selection, attaching scans, and the figures the dashboard shows.
 */
public final class PactService {

    private final PeriodStore periods;
    private final RosterStore staff;
    private final SubUnitStore subUnits;
    private final OpdProfileStore profiles;
    private final PactStore pacts;
    private final DataDirectory dataDirectory;

    public PactService(PeriodStore periods, RosterStore staff, SubUnitStore subUnits, OpdProfileStore profiles,
                       PactStore pacts, DataDirectory dataDirectory) {
        this.periods = periods;
        this.staff = staff;
        this.subUnits = subUnits;
        this.profiles = profiles;
        this.pacts = pacts;
        this.dataDirectory = dataDirectory;
    }

    /** A service over fresh stores of {@code db}: for commands, benchmarks and the sample loader. */
    public static PactService open(Database db) {
        return new PactService(new PeriodStore(db), new RosterStore(db), new SubUnitStore(db), new OpdProfileStore(db),
                new PactStore(db), db.directory());
    }

    public PactStore store() {
        return pacts;
    }

    public PeriodStore periods() {
        return periods;
    }

    public List<SubUnit> subUnits() {
        return subUnits.list();
    }

    /** Raised when something the print needs is missing; the key says what, in the user's words. */
    public static final class NotReady extends id.netra.i18n.LocalizedException {
        public NotReady(String key, Object... args) {
            super(key, args);
        }
    }

    /** "current" or a number. */
    public ElectionPeriod period(String idOrCurrent) throws NotReady {
        if (idOrCurrent == null || idOrCurrent.equalsIgnoreCase("current")) {
            return periods.current().orElseThrow(() -> new NotReady("pacts.error.noCurrentPeriod"));
        }
        try {
            long id = Long.parseLong(idOrCurrent.trim());
            return periods.find(id).orElseThrow(() -> new NotReady("pacts.error.noSuchPeriod", idOrCurrent));
        } catch (NumberFormatException e) {
            throw new NotReady("pacts.error.noSuchPeriod", idOrCurrent);
        }
    }

    // ---- who

    /**
     * Everyone active on {@code day} with their pact state, in print order: sub-unit order, then the
     * sub-unit head, then name. People without a sub-unit come last.
     */
    public List<PactRow> roster(long periodId, LocalDate day) {
        Map<Long, SubUnit> units = new LinkedHashMap<>();
        for (SubUnit u : subUnits.list()) {
            units.put(u.id(), u);
        }
        Map<Long, Pact> byStaff = pacts.pacts(periodId);
        List<PactRow> rows = new ArrayList<>();
        for (StaffMember s : staff.listAll()) {
            if (!s.active() || !s.isActiveOn(day)) {
                continue;
            }
            SubUnit u = s.subUnitId() == null ? null : units.get(s.subUnitId());
            Pact p = byStaff.get(s.id());
            rows.add(new PactRow(s.id(), s.fullName(), kind(s), s.draft().nip(), s.draft().position(),
                    u == null ? 0 : u.id(), u == null ? "-" : u.name(), u == null ? Integer.MAX_VALUE : u.sortOrder(),
                    u != null && u.headStaffId() != null && u.headStaffId() == s.id(),
                    p == null ? PactStatus.NOT_PRINTED : p.status(), p == null ? null : p.signedOn(),
                    p == null ? null : p.batchId(), p == null ? 0 : p.printCount(), p != null && p.scan() != null));
        }
        rows.sort(PRINT_ORDER);
        return rows;
    }

    public static final Comparator<PactRow> PRINT_ORDER = Comparator.comparingInt(PactRow::subUnitOrder)
            .thenComparing(PactRow::subUnitName)
            .thenComparing(r -> !r.subUnitHead())
            .thenComparing(r -> r.fullName().toLowerCase(Locale.ROOT));

    /** Not yet signed, by sub-unit, heads first: the list a clerk walks around with. */
    public List<PactRow> chaseList(long periodId, LocalDate day) {
        return roster(periodId, day).stream().filter(r -> r.status() != PactStatus.SIGNED).toList();
    }

    /** The chase list as a printable document (Indonesian statuses). */
    public id.netra.pacts.print.ChaseList chaseListDocument(ElectionPeriod period, LocalDate day) throws NotReady {
        OpdProfile profile = profiles.load().orElseThrow(() -> new NotReady("pacts.error.noProfile"));
        List<id.netra.pacts.print.ChaseList.Row> rows = new ArrayList<>();
        for (PactRow r : chaseList(period.id(), day)) {
            rows.add(new id.netra.pacts.print.ChaseList.Row(r.subUnitName(), r.fullName(), r.printedNumber(), r.position(),
                    r.subUnitHead(), id.netra.pacts.io.ChaseListXlsx.statusText(r.status())));
        }
        return new id.netra.pacts.print.ChaseList(letterhead(profile), PaperSize.parse(profile.paperSize().name()),
                period.name(), day, rows);
    }

    public SigningProgress progress(long periodId, LocalDate day) {
        List<PactRow> rows = roster(periodId, day);
        Map<Long, int[]> perUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        int printed = 0;
        int signed = 0;
        for (PactRow r : rows) {
            int[] c = perUnit.computeIfAbsent(r.subUnitId(), k -> new int[2]);
            names.putIfAbsent(r.subUnitId(), r.subUnitName());
            c[0]++;
            if (r.status() != PactStatus.NOT_PRINTED) {
                printed++;
            }
            if (r.status() == PactStatus.SIGNED) {
                signed++;
                c[1]++;
            }
        }
        List<SigningProgress.UnitProgress> units = new ArrayList<>();
        perUnit.forEach((id, c) -> units.add(new SigningProgress.UnitProgress(id, names.get(id), c[0], c[1])));
        return new SigningProgress(rows.size(), printed, signed, units);
    }

    // ---- print

    /** A batch ready to preview and print: its id is reserved, nothing is recorded yet. */
    public record PreparedPrint(ElectionPeriod period, long batchId, List<PactRow> people, PactBatch document,
                                String selectionText) {
    }

    public PreparedPrint prepare(ElectionPeriod period, PrintSelection selection, String selectionText, LocalDate day)
            throws NotReady {
        OpdProfile profile = profiles.load().orElseThrow(() -> new NotReady("pacts.error.noProfile"));
        PactTemplate template = pacts.templateOrStandard(period.id());
        if (!template.problems().isEmpty()) {
            throw new NotReady(template.problems().get(0));
        }
        List<PactRow> people = roster(period.id(), day).stream().filter(selection::includes).toList();
        if (people.isEmpty()) {
            throw new NotReady("pacts.error.nobodySelected");
        }
        long batchId = pacts.nextBatchId();
        Map<Long, StaffMember> byId = new LinkedHashMap<>();
        for (StaffMember s : staff.listAll()) {
            byId.put(s.id(), s);
        }
        Map<Long, SubUnit> units = new LinkedHashMap<>();
        for (SubUnit u : subUnits.list()) {
            units.put(u.id(), u);
        }
        String opd = officeCase(profile.opdName());
        Signer opdHead = profile.headName() == null || profile.headName().isBlank() ? null
                : new Signer(profile.headName(), EmploymentKind.PNS, profile.headNip(), profile.headRank(),
                profile.headPosition(), opd);
        List<PactSheet> sheets = new ArrayList<>(people.size());
        for (PactRow r : people) {
            StaffMember s = byId.get(r.staffId());
            Signer signer = signer(s, r, opd);
            sheets.add(new PactSheet(new SheetId(period.id(), r.staffId(), batchId), signer,
                    superior(s, units.get(r.subUnitId()), byId, opd, opdHead)));
        }
        PactBatch doc = new PactBatch(letterhead(profile), PaperSize.parse(profile.paperSize().name()), template,
                period.name(), period.year(), opd, profile.city(), null, sheets);
        return new PreparedPrint(period, batchId, people, doc, selectionText);
    }

    /** The first {@code sheets} pages only, for the in-app preview (the caller closes it). */
    public PDDocument preview(PreparedPrint prepared, int sheets) throws IOException {
        List<PactSheet> all = prepared.document().sheets();
        // rendered pages must use the embedded fonts, which exist only once the document is written
        return id.netra.pdf.PdfDocuments.asWritten(
                PactSheetRenderer.build(prepared.document().withSheets(all.subList(0, Math.min(sheets, all.size())))));
    }

    /** The first pages as small images for the in-app preview (run off the UI thread). */
    public List<java.awt.image.BufferedImage> previewImages(PreparedPrint prepared, int sheets, float dpi) throws IOException {
        List<java.awt.image.BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = preview(prepared, sheets)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi));
            }
        }
        return images;
    }

    /**
     * Shows the Java print dialog and prints the batch through PDFBox's Pageable; records the batch
     * printed only when the clerk confirmed the dialog. Returns whether it printed.
     */
    public boolean printWithDialog(PreparedPrint prepared, String printerLabel, LocalDate today)
            throws IOException, java.awt.print.PrinterException {
        try (PDDocument doc = id.netra.pdf.PdfDocuments.asWritten(PactSheetRenderer.build(prepared.document()))) {
            java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
            job.setJobName("Pakta Integritas");
            job.setPageable(new org.apache.pdfbox.printing.PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
        }
        recordPrinted(prepared, printerLabel, today);
        return true;
    }

    public int saveChaseListPdf(ElectionPeriod period, LocalDate day, Path target) throws IOException, NotReady {
        return id.netra.pacts.print.ChaseListRenderer.save(chaseListDocument(period, day), target);
    }

    public int saveChaseListXlsx(ElectionPeriod period, LocalDate day, Path target) throws IOException {
        List<PactRow> rows = chaseList(period.id(), day);
        id.netra.pacts.io.ChaseListXlsx.write(rows, "Belum menandatangani pakta integritas - " + period.name(), target);
        return rows.size();
    }

    /** Writes the whole batch to {@code target} and records everyone in it as printed today. */
    public PactSheetRenderer.Result saveAndRecord(PreparedPrint prepared, Path target, LocalDate today) throws IOException {
        PactSheetRenderer.Result result = PactSheetRenderer.save(prepared.document(), target);
        recordPrinted(prepared, target.getFileName().toString(), today);
        return result;
    }

    /** Records a batch that went to a printer (or a file) as printed. */
    public void recordPrinted(PreparedPrint prepared, String fileName, LocalDate today) {
        PrintBatch batch = new PrintBatch(prepared.batchId(), prepared.period().id(), OffsetDateTime.now(),
                prepared.people().size(), prepared.document().paper().name(), prepared.selectionText(), fileName);
        pacts.recordPrinted(batch, prepared.people().stream().map(PactRow::staffId).toList(), today);
    }

    // ---- signed sheets back

    /** Takes one scanned or typed code while collecting {@code period}. */
    public ScanOutcome scan(ElectionPeriod period, String input, LocalDate today, String receivedBy) {
        SheetId.Parsed parsed = SheetId.parse(input);
        if (parsed instanceof SheetId.Foreign f) {
            return new ScanOutcome.Foreign(f.input());
        }
        if (parsed instanceof SheetId.Damaged d) {
            return new ScanOutcome.Damaged(d.input());
        }
        SheetId id = ((SheetId.Valid) parsed).id();
        if (id.periodId() != period.id()) {
            Optional<ElectionPeriod> other = periods.find(id.periodId());
            return other.<ScanOutcome>map(p -> new ScanOutcome.OtherPeriod(p.name()))
                    .orElseGet(() -> new ScanOutcome.UnknownSheet(id.sheetNumber()));
        }
        Optional<Pact> pact = pacts.pact(period.id(), id.staffId());
        if (pact.isEmpty()) {
            return new ScanOutcome.UnknownSheet(id.sheetNumber());
        }
        String name = staff.find(id.staffId()).map(StaffMember::fullName).orElse(id.sheetNumber());
        if (pact.get().signed()) {
            return new ScanOutcome.AlreadySigned(name, pact.get().signedOn());
        }
        pacts.markSigned(period.id(), List.of(id.staffId()), today, receivedBy);
        int count = pacts.signedCount(period.id());
        return pact.get().batchId() == id.batchId() ? new ScanOutcome.Signed(name, count)
                : new ScanOutcome.SignedFromOlderPrint(name, count);
    }

    public List<Long> markSigned(long periodId, Collection<Long> staffIds, LocalDate signedOn, String receivedBy) {
        return pacts.markSigned(periodId, staffIds, signedOn, receivedBy);
    }

    /**
     * Copies a scan of a signed sheet (PDF, JPG or PNG) into the data folder and records it with its
     * SHA-256. The stored name carries the digest, so a second, different scan never overwrites the first.
     */
    public ScanAttachment attachScan(long periodId, long staffId, Path source) throws IOException, NotReady {
        String type = mediaType(source);
        if (type == null) {
            throw new NotReady("pacts.error.scanType", source.getFileName().toString());
        }
        Pact pact = pacts.pact(periodId, staffId).orElseThrow(() -> new NotReady("pacts.error.scanNotPrinted"));
        if (!pact.signed()) {
            throw new NotReady("pacts.error.scanNotSigned");
        }
        Path dir = dataDirectory.filesDir().resolve("pacts").resolve(String.valueOf(periodId));
        Files.createDirectories(dir);
        // whole-file read: scans are a page or two; the vault encrypts when the store is encrypted
        byte[] content = Files.readAllBytes(source);
        String sha = HexFormat.of().formatHex(sha256().digest(content));
        String ext = source.getFileName().toString().replaceAll("^.*\\.", "").toLowerCase(Locale.ROOT);
        String name = staffId + "-" + sha.substring(0, 12) + "." + ext;
        pacts.files().write(dir.resolve(name), content);
        ScanAttachment scan = new ScanAttachment("pacts/" + periodId + "/" + name, sha, type, OffsetDateTime.now());
        pacts.attachScan(periodId, staffId, scan);
        return scan;
    }

    public Path scanFile(ScanAttachment scan) {
        return dataDirectory.filesDir().resolve(scan.relativePath());
    }

    static String mediaType(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return n.endsWith(".png") ? "image/png" : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- mapping to paper

    public static Letterhead letterhead(OpdProfile p) {
        List<String> address = p.address() == null || p.address().isBlank() ? List.of() : List.of(p.address().strip());
        return new Letterhead(p.hasEmblem() ? p.emblem() : null, p.governmentName(), p.opdName(), address,
                Letterhead.contactLine(p.phone(), p.email(), p.website()));
    }

    static EmploymentKind kind(StaffMember s) {
        return switch (s.draft().kind()) {
            case PNS -> EmploymentKind.PNS;
            case PPPK -> EmploymentKind.PPPK;
            default -> EmploymentKind.NON_ASN;
        };
    }

    private static Signer signer(StaffMember s, PactRow r, String opd) {
        EmploymentKind k = kind(s);
        String unit = r.subUnitId() == 0 ? opd : r.subUnitName() + ", " + opd;
        return new Signer(s.fullName(), k, s.draft().nip(), RankNames.rankLine(k, s.gradeCode()), s.draft().position(),
                unit);
    }

    /** The head of the person's sub-unit; for the head, the OPD head; for the OPD head, nobody. */
    private static Signer superior(StaffMember s, SubUnit unit, Map<Long, StaffMember> byId, String opd, Signer opdHead) {
        if (unit != null && unit.headStaffId() != null && unit.headStaffId() != s.id()) {
            StaffMember head = byId.get(unit.headStaffId());
            if (head != null) {
                EmploymentKind k = kind(head);
                return new Signer(head.fullName(), k, head.draft().nip(), RankNames.rankLine(k, head.gradeCode()),
                        head.draft().position(), opd);
            }
        }
        if (opdHead != null && (s.draft().nip() == null || !s.draft().nip().equals(opdHead.number()))) {
            return opdHead;
        }
        return null;
    }

    /**
     * OPD names are stored as the kop prints them ("DINAS PENDIDIKAN"); inside a sentence the office
     * writes "Dinas Pendidikan". Short conjunctions stay lower case.
     */
    static String officeCase(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.strip();
        }
        StringBuilder b = new StringBuilder();
        for (String w : name.strip().toLowerCase(Locale.ROOT).split(" +")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (List.of("dan", "dari", "di", "ke", "untuk").contains(w)) {
                b.append(w);
            } else {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
