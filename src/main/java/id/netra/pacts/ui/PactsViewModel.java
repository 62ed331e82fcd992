package id.netra.pacts.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;


import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.domain.ScanOutcome;
import id.netra.pacts.service.PactService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.staff.domain.SubUnit;
import id.netra.ui.TaskRunner;

/**
 * State and actions of the Pakta screens (signing, printing, chase list, period and text editors).
 * No controls here: testable with {@link id.netra.ui.ImmediateTaskRunner}. Everything slow goes
 * through the task runner.
 */
public final class PactsViewModel {

    private final PactService service;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;

    final ObservableList<ElectionPeriod> periods = FXCollections.observableArrayList();
    final ObjectProperty<ElectionPeriod> period = new SimpleObjectProperty<>();
    final ObservableList<SubUnit> units = FXCollections.observableArrayList();
    final ObservableList<PactRow> roster = FXCollections.observableArrayList();
    final IntegerProperty signed = new SimpleIntegerProperty();
    final IntegerProperty people = new SimpleIntegerProperty();
    final IntegerProperty scannedThisSession = new SimpleIntegerProperty();
    final StringProperty scanMessage = new SimpleStringProperty("");
    /** null: nothing scanned yet; true: the last scan signed a sheet; false: it did not. */
    final ObjectProperty<Boolean> scanOk = new SimpleObjectProperty<>();
    final StringProperty status = new SimpleStringProperty("");
    final ObjectProperty<PactService.PreparedPrint> prepared = new SimpleObjectProperty<>();
    final ObservableList<BufferedImage> previewPages = FXCollections.observableArrayList();
    final BooleanProperty busy = new SimpleBooleanProperty();
    final ObjectProperty<PactTemplate> template = new SimpleObjectProperty<>();
    private final List<Runnable> afterChange = new ArrayList<>();

    public PactsViewModel(PactService service, TaskRunner runner, Supplier<LocalDate> today) {
        this.service = service;
        this.runner = runner;
        this.today = today;
        period.addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) {
                reloadPeriod();
            }
        });
    }

    /** Called after anything that changes pact figures (the dashboard listens). */
    public void onChange(Runnable r) {
        afterChange.add(r);
    }

    private void changed() {
        afterChange.forEach(Runnable::run);
    }

    /** Another screen of the section changed figures the dashboard shows. */
    void changedFromOutside() {
        changed();
    }

    public LocalDate today() {
        return today.get();
    }

    // ---- loading

    private record Loaded(List<ElectionPeriod> periods, List<SubUnit> units) {
    }

    public void load() {
        runner.run("pacts.task.load", p -> new Loaded(service.periods().list(), service.subUnits()), l -> {
            ElectionPeriod keep = period.get();
            periods.setAll(l.periods());
            units.setAll(l.units());
            ElectionPeriod choose = keep == null ? null
                    : l.periods().stream().filter(x -> x.id() == keep.id()).findFirst().orElse(null);
            if (choose == null) {
                choose = l.periods().stream().filter(ElectionPeriod::current).findFirst()
                        .orElse(l.periods().isEmpty() ? null : l.periods().get(0));
            }
            if (choose != null && keep != null && choose.id() == keep.id()) {
                period.set(choose);
                reloadPeriod();
            } else {
                period.set(choose);
            }
        }, this::fail);
    }

    private record PeriodData(List<PactRow> rows, PactTemplate template) {
    }

    public void reloadPeriod() {
        ElectionPeriod p = period.get();
        if (p == null) {
            roster.clear();
            return;
        }
        runner.run("pacts.task.load", x -> new PeriodData(service.roster(p.id(), today.get()),
                service.store().templateOrStandard(p.id())), d -> {
            roster.setAll(d.rows());
            template.set(d.template());
            recount();
        }, this::fail);
    }

    private void recount() {
        people.set(roster.size());
        signed.set((int) roster.stream().filter(r -> r.status() == PactStatus.SIGNED).count());
    }

    // ---- scanning and marking

    /** One code from the scanner (or typed). Blank input is ignored. */
    public void scan(String input) {
        ElectionPeriod p = period.get();
        if (input == null || input.isBlank()) {
            return;
        }
        if (p == null) {
            scanMessage.set(Messages.tr("pacts.error.noCurrentPeriod"));
            scanOk.set(false);
            return;
        }
        runner.run(null, x -> service.scan(p, input, today.get(), null), this::showScan, this::fail);
    }

    private void showScan(ScanOutcome outcome) {
        boolean ok = outcome instanceof ScanOutcome.Signed || outcome instanceof ScanOutcome.SignedFromOlderPrint;
        String text = scanText(outcome);
        scanMessage.set(text);
        scanOk.set(ok);
        if (ok) {
            scannedThisSession.set(scannedThisSession.get() + 1);
            reloadPeriod();
            changed();
        }
    }

    /** The sentence for one scan (Java 17: no pattern switch yet). */
    static String scanText(ScanOutcome outcome) {
        if (outcome instanceof ScanOutcome.Signed s) {
            return Messages.tr("pacts.scan.signed", s.name(), s.signedCount());
        }
        if (outcome instanceof ScanOutcome.SignedFromOlderPrint s) {
            return Messages.tr("pacts.scan.signedOlder", s.name(), s.signedCount());
        }
        if (outcome instanceof ScanOutcome.AlreadySigned s) {
            return Messages.tr("pacts.scan.already", s.name(), IndonesianDates.format(s.signedOn()));
        }
        if (outcome instanceof ScanOutcome.OtherPeriod s) {
            return Messages.tr("pacts.scan.otherPeriod", s.periodName());
        }
        if (outcome instanceof ScanOutcome.UnknownSheet s) {
            return Messages.tr("pacts.scan.unknown", s.code());
        }
        if (outcome instanceof ScanOutcome.Damaged s) {
            return Messages.tr("pacts.scan.damaged", s.input());
        }
        return Messages.tr("pacts.scan.foreign", ((ScanOutcome.Foreign) outcome).input());
    }

    public void markSigned(Collection<Long> staffIds) {
        ElectionPeriod p = period.get();
        if (p == null || staffIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(staffIds);
        runner.run("pacts.task.mark", x -> service.markSigned(p.id(), ids, today.get(), null), changedIds -> {
            status.set(Messages.tr("pacts.mark.done", changedIds.size(), ids.size() - changedIds.size()));
            reloadPeriod();
            changed();
        }, this::fail);
    }

    /** Undoes a signature recorded by mistake; the reason stays in the pact's history. */
    public void cancelSignature(long staffId, String reason) {
        ElectionPeriod p = period.get();
        if (p == null || reason == null || reason.isBlank()) {
            status.set(Messages.tr("pacts.cancel.reasonRequired"));
            return;
        }
        runner.run("pacts.task.mark", x -> service.store().cancelSignature(p.id(), staffId, today.get(), reason.strip()),
                done -> {
                    status.set(Messages.tr(done ? "pacts.cancel.done" : "pacts.cancel.notSigned"));
                    reloadPeriod();
                    changed();
                }, this::fail);
    }

    public void attachScan(long staffId, Path file) {
        ElectionPeriod p = period.get();
        runner.run("pacts.task.attach", x -> service.attachScan(p.id(), staffId, file), s -> {
            status.set(Messages.tr("pacts.attach.done", file.getFileName()));
            reloadPeriod();
        }, this::fail);
    }

    // ---- printing

    /** Prepares a batch and renders the first pages for the preview. */
    public void prepare(PrintSelection selection, String selectionText) {
        ElectionPeriod p = period.get();
        if (p == null) {
            status.set(Messages.tr("pacts.error.noCurrentPeriod"));
            return;
        }
        busy.set(true);
        runner.run("pacts.task.preview", x -> {
            PactService.PreparedPrint pp = service.prepare(p, selection, selectionText, today.get());
            List<BufferedImage> images = service.previewImages(pp, 3, 45);
            return new Preview(pp, images);
        }, pv -> {
            busy.set(false);
            prepared.set(pv.prepared());
            previewPages.setAll(pv.images());
            status.set(Messages.tr("pacts.print.ready", pv.prepared().people().size()));
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    private record Preview(PactService.PreparedPrint prepared, List<BufferedImage> images) {
    }

    /** Saves the prepared batch and records it printed; {@code then} gets the saved file. */
    public void save(Path target, Consumer<Path> then) {
        PactService.PreparedPrint pp = prepared.get();
        if (pp == null) {
            return;
        }
        busy.set(true);
        runner.run("pacts.task.save", x -> service.saveAndRecord(pp, target, today.get()), r -> {
            busy.set(false);
            prepared.set(null);
            previewPages.clear();
            status.set(Messages.tr("pacts.print.saved", r.people(), target.getFileName(), r.bytes() / 1024, r.millis()));
            reloadPeriod();
            changed();
            then.accept(target);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** Sends the prepared batch to a printer via the Java print dialog, then records it printed. */
    public void print() {
        PactService.PreparedPrint pp = prepared.get();
        if (pp == null) {
            return;
        }
        runner.run("pacts.task.print", x -> service.printWithDialog(pp, Messages.tr("pacts.print.printer"), today.get()),
                done -> {
            if (done) {
                prepared.set(null);
                previewPages.clear();
                status.set(Messages.tr("pacts.print.printed", pp.people().size()));
                reloadPeriod();
                changed();
            }
        }, this::fail);
    }

    // ---- chase list

    public List<PactRow> chaseRows() {
        return roster.stream().filter(r -> r.status() != PactStatus.SIGNED).toList();
    }

    public void exportChaseXlsx(Path target) {
        ElectionPeriod p = period.get();
        runner.run("pacts.task.export", x -> service.saveChaseListXlsx(p, today.get(), target),
                n -> status.set(Messages.tr("pacts.chase.exported", n, target.getFileName())), this::fail);
    }

    public void printChasePdf(Path target) {
        ElectionPeriod p = period.get();
        runner.run("pacts.task.export", x -> service.saveChaseListPdf(p, today.get(), target),
                pages -> status.set(Messages.tr("pacts.chase.printed", pages, target.getFileName())), this::fail);
    }

    // ---- editors

    public void saveTemplate(PactTemplate t) {
        ElectionPeriod p = period.get();
        if (!t.problems().isEmpty()) {
            status.set(Messages.tr(t.problems().get(0)));
            return;
        }
        runner.run("pacts.task.save", x -> {
            service.store().saveTemplate(p.id(), t);
            return t;
        }, saved -> {
            template.set(saved);
            status.set(Messages.tr("pacts.template.saved"));
        }, this::fail);
    }

    public void savePeriod(ElectionPeriod edited) {
        runner.run("pacts.task.save", x -> service.periods().save(edited), id -> {
            status.set(Messages.tr("pacts.period.saved", edited.name()));
            load();
            changed();
        }, this::fail);
    }

    public Optional<ElectionPeriod> selectedPeriod() {
        return Optional.ofNullable(period.get());
    }

    void fail(Throwable e) {
        status.set(id.netra.ui.Dialogs.describe(e));
    }
}
