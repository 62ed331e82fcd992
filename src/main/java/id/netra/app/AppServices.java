package id.netra.app;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.StoreException;
import id.netra.pacts.service.PactService;
import id.netra.pacts.service.PledgeService;
import id.netra.pacts.store.PactStore;
import id.netra.pacts.store.PledgeStore;
import id.netra.findings.service.FindingsService;
import id.netra.periods.store.PeriodStore;
import id.netra.reports.service.ReportService;
import id.netra.reports.service.Reports;
import id.netra.safety.service.SafetyServices;
import id.netra.samples.SampleLoader;
import id.netra.settings.store.AppSettingsStore;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;

/**
 * The composition root: every store and service is built here, once, by hand (constructor
 * injection, no framework). Screens and commands receive what they need from this object.
 */
public final class AppServices implements AutoCloseable {

    private final Database db;
    private final OpdProfileStore profiles;
    private final AppSettingsStore settings;
    private final SubUnitStore subUnits;
    private final PeriodStore periods;
    private final RosterStore roster;
    private final StaffImportService staffImports;
    private final PactService pacts;
    private final PledgeService pledges;
    private final FindingsService findings;
    private final ReportService reports;
    private final SafetyServices safety;

    private AppServices(Database db) {
        this.db = db;
        this.profiles = new OpdProfileStore(db);
        this.settings = new AppSettingsStore(db);
        this.subUnits = new SubUnitStore(db);
        this.periods = new PeriodStore(db);
        this.roster = new RosterStore(db);
        this.staffImports = new StaffImportService(roster);
        this.pacts = new PactService(periods, roster, subUnits, profiles, new PactStore(db), db.directory());
        this.pledges = new PledgeService(new PledgeStore(db), pacts, profiles);
        this.findings = FindingsService.open(db, java.time.Clock.systemDefaultZone());
        this.reports = Reports.service(db, java.time.Clock.systemDefaultZone());
        this.safety = new SafetyServices(db, true);
    }

    public static AppServices open(DataDirectory dir) throws StoreException {
        return new AppServices(Database.open(dir));
    }

    /** Opens an encrypted store; a wrong password fails with {@code StoreException.Kind.WRONG_PASSWORD}. */
    public static AppServices open(DataDirectory dir, char[] filePassword) throws StoreException {
        return new AppServices(Database.open(dir, filePassword));
    }

    public Database db() {
        return db;
    }

    public DataDirectory dataDirectory() {
        return db.directory();
    }

    public OpdProfileStore profiles() {
        return profiles;
    }

    public AppSettingsStore settings() {
        return settings;
    }

    public SubUnitStore subUnits() {
        return subUnits;
    }

    public PeriodStore periods() {
        return periods;
    }

    public RosterStore roster() {
        return roster;
    }

    public StaffImportService staffImports() {
        return staffImports;
    }

    public PactService pacts() {
        return pacts;
    }

    public PledgeService pledges() {
        return pledges;
    }

    public FindingsService findings() {
        return findings;
    }

    public ReportService reports() {
        return reports;
    }

    /** Backups, audit trail, users and roles. */
    public SafetyServices safety() {
        return safety;
    }

    public SampleLoader samples() {
        return new SampleLoader(db);
    }

    @Override
    public void close() {
        safety.close();
        db.close();
    }
}
