package id.netra.app;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import id.netra.dashboard.ui.DashboardSection;
import id.netra.dashboard.ui.FirstRunCard;
import id.netra.dashboard.ui.PeriodCard;
import id.netra.dashboard.ui.StaffSummaryCard;
import id.netra.findings.ui.FindingsCard;
import id.netra.findings.ui.FindingsContext;
import id.netra.findings.ui.FindingsSection;
import id.netra.pacts.ui.FilePicker;
import id.netra.pacts.ui.PactProgressCard;
import id.netra.pacts.ui.PactsSection;
import id.netra.pacts.ui.PledgeCard;
import id.netra.reports.ui.ReportsSection;
import id.netra.safety.domain.Permission;
import id.netra.safety.ui.SafetyHost;
import id.netra.safety.ui.SafetySection;
import id.netra.settings.ui.SettingsSection;
import id.netra.staff.ui.StaffSection;
import id.netra.ui.DashboardCard;
import id.netra.ui.Navigator;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/** The rail, in order. Each capability contributes its section and its dashboard cards here. */
final class Sections {

    private Sections() {
    }

    static List<Section> create(AppServices services, TaskRunner runner, Navigator navigator,
                                Supplier<LocalDate> today, Runnable refreshHome, SafetyHost safetyHost) {
        FindingsContext findings = FindingsWiring.context(services, runner, today);
        FindingsSection findingsSection = new FindingsSection(findings);
        List<DashboardCard> cards = List.of(
                new FirstRunCard(services.samples(), runner, navigator, refreshHome),
                new PeriodCard(services.periods(), runner, today),
                new StaffSummaryCard(services.roster(), runner, today),
                new PactProgressCard(services.pacts(), runner, today),
                new PledgeCard(services.pacts(), services.pledges(), runner, today),
                new FindingsCard(findings, navigator, findingsSection::showCounts));
        if (!services.safety().currentUser().can(Permission.EDIT_DATA)) {
            // Pimpinan reads and reports: no screen whose purpose is editing data
            return List.of(new DashboardSection(cards, today),
                    new ReportsSection(services.reports(), runner, today, services.dataDirectory().exportsDir()),
                    new SafetySection(services.safety(), runner, safetyHost));
        }
        return List.of(
                new DashboardSection(cards, today),
                new StaffSection(services.roster(), services.staffImports(), runner, today),
                new PactsSection(services.pacts(), services.pledges(), runner, today, FilePicker.system(),
                        services.dataDirectory().exportsDir()),
                findingsSection,
                new ReportsSection(services.reports(), runner, today, services.dataDirectory().exportsDir()),
                new SettingsSection(services.profiles(), runner),
                new SafetySection(services.safety(), runner, safetyHost));
    }
}
