package id.netra.ui;

/** Lets one screen send the clerk to another ("Isi profil OPD" on the dashboard opens Pengaturan). */
@FunctionalInterface
public interface Navigator {
    void go(String sectionId);
}
