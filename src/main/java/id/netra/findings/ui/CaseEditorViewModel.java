package id.netra.findings.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import id.netra.findings.domain.CaseDraft;
import id.netra.findings.domain.CaseProgress;
import id.netra.findings.domain.CaseSource;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.ContractMeasure;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.Evidence;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.domain.ExaminationReport;
import id.netra.findings.domain.FindingCase;
import id.netra.findings.domain.ForwardTarget;
import id.netra.findings.domain.Forwarding;
import id.netra.findings.domain.Recommendation;
import id.netra.findings.domain.RecommendingBody;
import id.netra.findings.domain.Reporter;
import id.netra.findings.domain.ReporterPolicy;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.StatusTransitions;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.SummonsAttendance;
import id.netra.findings.domain.TransitionRequest;
import id.netra.findings.service.FindingsService;
import id.netra.findings.store.FindingsInputException;
import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.StaffKind;
import id.netra.ui.Dialogs;
import id.netra.ui.TaskRunner;

/**
 * One case on screen: the form, the evidence, the status step with its fields, the history. Every
 * write goes through the task runner; a refused write leaves the form as typed with the reason shown.
 */
public final class CaseEditorViewModel {

    // --- case form
    final LongProperty caseId = new SimpleLongProperty(0);
    final StringProperty registerNumber = new SimpleStringProperty("");
    final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.DICATAT);
    final ObjectProperty<LocalDate> dateKnown = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> actDate = new SimpleObjectProperty<>();
    final StringProperty actPlace = new SimpleStringProperty("");
    final ObjectProperty<CaseSource> source = new SimpleObjectProperty<>(CaseSource.INTERNAL_TEAM);
    final StringProperty sourceDetail = new SimpleStringProperty("");
    final StringProperty reporterName = new SimpleStringProperty("");
    final StringProperty reporterContact = new SimpleStringProperty("");
    final BooleanProperty reporterConfidential = new SimpleBooleanProperty();
    /** True when the reporter is confidential and this viewer may not see who it is. */
    final BooleanProperty reporterHidden = new SimpleBooleanProperty();
    final StringProperty chronology = new SimpleStringProperty("");
    final StringProperty links = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
    final ObjectProperty<ElectionPeriod> period = new SimpleObjectProperty<>();
    final ObservableList<ElectionPeriod> periods = FXCollections.observableArrayList();
    final StringProperty followUpNote = new SimpleStringProperty("");
    final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    final ObservableList<CatalogueEntry> codes = FXCollections.observableArrayList();
    final ObservableList<CatalogueEntry> catalogue = FXCollections.observableArrayList();
    final ObservableList<StaffMember> roster = FXCollections.observableArrayList();

    // --- evidence, progress
    final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    final ObjectProperty<CaseProgress> progress = new SimpleObjectProperty<>();
    final ObservableList<CaseStatus> offered = FXCollections.observableArrayList();

    // --- the step being taken
    final ObjectProperty<CaseStatus> target = new SimpleObjectProperty<>();
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty letterNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> scheduledDate = new SimpleObjectProperty<>();
    final ObjectProperty<ForwardTarget> forwardTarget = new SimpleObjectProperty<>(ForwardTarget.BKPSDM);
    final ObjectProperty<RecommendingBody> body = new SimpleObjectProperty<>(RecommendingBody.BKN);
    final StringProperty recommendedSanction = new SimpleStringProperty("");
    final ObjectProperty<DecisionOutcome> outcome = new SimpleObjectProperty<>(DecisionOutcome.PROVEN);
    final ObjectProperty<SanctionLevel> sanction = new SimpleObjectProperty<>();
    final ObjectProperty<ContractMeasure> contractMeasure = new SimpleObjectProperty<>();
    final StringProperty sanctionDetail = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> deliveredDate = new SimpleObjectProperty<>();

    final StringProperty error = new SimpleStringProperty("");
    final StringProperty info = new SimpleStringProperty("");
    final StringProperty printed = new SimpleStringProperty("");

    private final FindingsContext ctx;
    private Reporter storedReporter = Reporter.NONE;
    private Runnable onChanged = () -> { };

    public CaseEditorViewModel(FindingsContext ctx) {
        this.ctx = ctx;
    }

    void onChanged(Runnable r) {
        this.onChanged = r;
    }

    private FindingsService service() {
        return ctx.service();
    }

    private TaskRunner runner() {
        return ctx.runner();
    }

    /** Loads the roster and the catalogue the pickers offer. */
    void loadChoices() {
        runner().run("findings.task.load", p -> new Choices(ctx.roster().get().stream().filter(StaffMember::active).toList(),
                service().catalogue().list(false), ctx.periods().get()), c -> {
                    roster.setAll(c.staff());
                    catalogue.setAll(c.codes());
                    periods.setAll(c.periods());
                }, this::fail);
    }

    private record Choices(List<StaffMember> staff, List<CatalogueEntry> codes, List<ElectionPeriod> periods) {
    }

    void startNew() {
        caseId.set(0);
        registerNumber.set("");
        status.set(CaseStatus.DICATAT);
        dateKnown.set(ctx.today().get());
        actDate.set(null);
        actPlace.set("");
        source.set(CaseSource.INTERNAL_TEAM);
        sourceDetail.set("");
        storedReporter = Reporter.NONE;
        reporterName.set("");
        reporterContact.set("");
        reporterConfidential.set(false);
        reporterHidden.set(false);
        chronology.set("");
        links.set("");
        followUpDate.set(null);
        followUpNote.set("");
        // a new case belongs to the election running now, if one is marked current
        period.set(periods.stream().filter(ElectionPeriod::current).findFirst().orElse(null));
        people.clear();
        codes.clear();
        evidence.clear();
        progress.set(null);
        offered.clear();
        clearStep();
        error.set("");
        info.set("");
        printed.set("");
    }

    void open(long id) {
        error.set("");
        info.set("");
        printed.set("");
        runner().run("findings.task.load", p -> {
            FindingCase c = service().caseStore().find(id).orElseThrow(
                    () -> FindingsInputException.of("findings.error.caseMissing", id));
            List<EvidenceRow> ev = service().evidence().list(id).stream()
                    .map(e -> new EvidenceRow(e, service().evidence().verify(e))).toList();
            // each person looked up alone (not the whole roster), inactive ones included: someone may
            // have left since the case was recorded
            List<StaffMember> staff = c.people().stream().map(person -> ctx.person().apply(person.staffId()))
                    .flatMap(java.util.Optional::stream).toList();
            return new Loaded(c, ev, service().progress().progress(id), staff);
        }, this::show, this::fail);
    }

    private record Loaded(FindingCase c, List<EvidenceRow> evidence, CaseProgress progress, List<StaffMember> people) {
    }

    private void show(Loaded l) {
        FindingCase c = l.c();
        caseId.set(c.id());
        registerNumber.set(c.registerNumber());
        status.set(c.status());
        dateKnown.set(c.dateKnown());
        actDate.set(c.actDate());
        actPlace.set(c.actPlace());
        source.set(c.source());
        sourceDetail.set(c.sourceDetail());
        storedReporter = c.reporter();
        Reporter visible = ReporterPolicy.visible(c.reporter(), ctx.viewer().get());
        reporterHidden.set(!ReporterPolicy.mayReveal(c.reporter(), ctx.viewer().get()));
        reporterName.set(visible.name());
        reporterContact.set(visible.contact());
        reporterConfidential.set(c.reporter().confidential());
        chronology.set(c.chronology());
        links.set(String.join("\n", c.links()));
        followUpDate.set(c.followUpDate());
        followUpNote.set(c.followUpNote());
        period.set(periods.stream().filter(x -> c.periodId() != null && x.id() == c.periodId()).findFirst().orElse(null));
        people.setAll(l.people());
        codes.setAll(c.codes());
        evidence.setAll(l.evidence());
        progress.set(l.progress());
        offered.setAll(StatusTransitions.offered(c.status()));
        clearStep();
        warnAboutEvidence(l.evidence());
    }

    private void warnAboutEvidence(List<EvidenceRow> rows) {
        long bad = rows.stream().filter(r -> r.check() != EvidenceCheck.INTACT).count();
        if (bad > 0) {
            error.set(Messages.tr("findings.evidence.warnBroken", bad));
        }
    }

    CaseDraft draft() {
        Reporter reporter = reporterHidden.get() ? storedReporter
                : new Reporter(reporterName.get(), reporterContact.get(), reporterConfidential.get());
        List<String> linkList = Arrays.stream(links.get() == null ? new String[0] : links.get().split("\\R")).toList();
        return new CaseDraft(dateKnown.get(), actDate.get(), actPlace.get(), source.get(), sourceDetail.get(), reporter,
                chronology.get(), period.get() == null ? null : period.get().id(), followUpDate.get(), followUpNote.get(),
                people.stream().map(StaffMember::id).toList(), codes.stream().map(CatalogueEntry::id).toList(), linkList);
    }

    void save() {
        error.set("");
        CaseDraft d = draft();
        long id = caseId.get();
        runner().run("findings.task.save", p -> {
            if (id == 0) {
                return service().caseStore().create(d, ctx.actor());
            }
            service().caseStore().update(id, d);
            return id;
        }, saved -> {
            info.set(Messages.tr("findings.editor.saved"));
            onChanged.run();
            open(saved);
        }, this::fail);
    }

    // ---- evidence ----------------------------------------------------------------------------

    void addEvidence(Path file) {
        long id = requireSaved();
        if (id == 0) {
            return;
        }
        runner().run("findings.task.evidence", p -> service().evidence().add(id, file, null, "", ctx.actor()),
                e -> {
                    info.set(Messages.tr("findings.evidence.added", e.originalName(), e.sha256()));
                    open(id);
                }, this::fail);
    }

    void addClipboardImage(byte[] png) {
        long id = requireSaved();
        if (id == 0) {
            return;
        }
        String name = "tempel-" + ctx.today().get() + "-" + System.currentTimeMillis() % 100000 + ".png";
        runner().run("findings.task.evidence", p -> service().evidence().addPng(id, png, name, "", ctx.actor()),
                e -> open(id), this::fail);
    }

    /** Re-hashes one file; returns through the callback whether it may be opened. */
    void verify(Evidence e, java.util.function.Consumer<EvidenceCheck> then) {
        runner().run("findings.task.evidence", p -> service().evidence().verify(e), then::accept, this::fail);
    }

    /** A file the system viewer can open (decrypted to a private temporary copy when needed); does I/O. */
    Path openable(Evidence e) throws java.io.IOException {
        return service().evidence().openable(e);
    }

    private long requireSaved() {
        if (caseId.get() == 0) {
            error.set(Messages.tr("findings.editor.saveFirst"));
        }
        return caseId.get();
    }

    // ---- status ------------------------------------------------------------------------------

    boolean targetIsBackward() {
        return targetIsBackwardFor(target.get());
    }

    boolean targetIsBackwardFor(CaseStatus s) {
        return s != null && StatusTransitions.isBackward(status.get(), s);
    }

    TransitionRequest request() {
        CaseStatus t = target.get();
        if (t == null) {
            return null;
        }
        if (targetIsBackward()) {
            return TransitionRequest.back(t, reason.get());
        }
        return switch (t) {
            case PEMERIKSAAN -> letterDate.get() == null || scheduledDate.get() == null
                    ? TransitionRequest.to(t) // the rules will name the missing summons
                    : TransitionRequest.examination(new Summons(1, letterNumber.get(), letterDate.get(),
                            scheduledDate.get(), SummonsAttendance.PENDING));
            case DITERUSKAN -> TransitionRequest.forward(new Forwarding(forwardTarget.get(), letterDate.get(),
                    letterNumber.get()));
            case REKOMENDASI -> TransitionRequest.recommendation(new Recommendation(body.get(), letterNumber.get(),
                    letterDate.get(), recommendedSanction.get()));
            case DIPUTUS -> TransitionRequest.decide(new Decision(outcome.get(), sanction.get(), contractMeasure.get(),
                    sanctionDetail.get(), letterNumber.get(), letterDate.get(), deliveredDate.get()));
            default -> new TransitionRequest(t, reason.get(), null, null, null, null);
        };
    }

    void applyTransition() {
        error.set("");
        TransitionRequest req = request();
        if (req == null) {
            error.set(Messages.tr("findings.error.required", Messages.tr("findings.transition.target")));
            return;
        }
        long id = caseId.get();
        runner().run("findings.task.transition", p -> {
            service().progress().transition(id, req, ctx.actor());
            return id;
        }, done -> {
            info.set(Messages.tr("findings.transition.done", Messages.tr(req.target().messageKey())));
            onChanged.run();
            open(done);
        }, this::fail);
    }

    void recordAttendance(SummonsAttendance a) {
        long id = caseId.get();
        int no = progress.get() != null && progress.get().summonses().stream().anyMatch(s -> s.sequence() == 2) ? 2 : 1;
        runWrite(() -> service().progress().recordAttendance(id, no, a));
    }

    void addSummonsTwo() {
        long id = caseId.get();
        Summons s = letterDate.get() == null || scheduledDate.get() == null ? null
                : new Summons(2, letterNumber.get(), letterDate.get(), scheduledDate.get(), SummonsAttendance.PENDING);
        if (s == null) {
            error.set(Messages.tr("findings.error.required", Messages.tr("findings.field.summonsScheduled")));
            return;
        }
        runWrite(() -> service().progress().addSummonsTwo(id, s));
    }

    void addExaminationReport() {
        long id = caseId.get();
        ExaminationReport r = new ExaminationReport(letterDate.get(), letterNumber.get(), "");
        runWrite(() -> service().progress().addExaminationReport(id, r));
    }

    /** Adds one person to the examination team (superior, Inspektorat, BKPSDM...). */
    void addExaminer(String name, String institution, id.netra.findings.domain.TeamRole role) {
        long id = caseId.get();
        List<id.netra.findings.domain.TeamMember> team = new java.util.ArrayList<>(
                progress.get() == null ? List.of() : progress.get().examiners());
        team.add(new id.netra.findings.domain.TeamMember(null, name, institution, role));
        runWrite(() -> service().progress().setExaminers(id, team));
    }

    void markDelivered() {
        long id = caseId.get();
        LocalDate d = deliveredDate.get();
        runWrite(() -> service().progress().markDelivered(id, d));
    }

    private void runWrite(Runnable write) {
        error.set("");
        long id = caseId.get();
        runner().run("findings.task.save", p -> {
            write.run();
            return id;
        }, done -> {
            onChanged.run();
            open(done);
        }, this::fail);
    }

    void clearStep() {
        target.set(null);
        reason.set("");
        letterNumber.set("");
        letterDate.set(null);
        scheduledDate.set(null);
        recommendedSanction.set("");
        sanction.set(null);
        contractMeasure.set(null);
        sanctionDetail.set("");
        deliveredDate.set(null);
    }

    /** Any ASN among the people: the decision needs a sanction level. */
    boolean anyAsn() {
        return people.stream().anyMatch(s -> s.draft().kind() != StaffKind.NON_ASN);
    }

    boolean anyNonAsn() {
        return people.stream().anyMatch(s -> s.draft().kind() == StaffKind.NON_ASN);
    }

    // ---- print ---------------------------------------------------------------------------------

    void print() {
        long id = requireSaved();
        if (id == 0) {
            return;
        }
        runner().run("findings.task.print", p -> ctx.printer().get().print(id, ctx.exportsDir()),
                path -> {
                    printed.set(path.toString());
                    info.set(Messages.tr("findings.print.done", path.toString()));
                }, this::fail);
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    /** An evidence file with the result of its last hash check. */
    public record EvidenceRow(Evidence evidence, EvidenceCheck check) {
    }
}
