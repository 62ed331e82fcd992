package id.netra.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Windows MSI can only be built on Windows, so its inputs are checked here: the jlink module list,
 * the jpackage argument files and everything they point to, the fixed upgrade UUID and the version.
 */
class InstallerInputsTest {

    /** Never change it: Windows replaces an installed Netra only if the new MSI has the same upgrade code. */
    private static final UUID UPGRADE_UUID = UUID.fromString("6f1c2b7e-3a59-4d8e-9b0a-52e4c1d7a913");

    private static final List<String> ARG_FILES = List.of(
            "installer/jpackage.args", "installer/linux/app-image.args", "installer/windows/app-image.args",
            "installer/linux/deb.args", "installer/windows/msi.args");

    private static Path root;
    private static Document pom;

    @BeforeAll
    static void readPom() throws Exception {
        root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
    }

    @Test
    void jlinkListsOnlyModulesThatExistAndTheOnesTheAppNeeds() throws IOException {
        List<String> modules = jlinkModules();
        Set<String> jdkModules = modules.stream().filter(m -> !m.startsWith("javafx.")).collect(Collectors.toSet());

        assertThat(jdkModules).allSatisfy(m -> assertThat(ModuleFinder.ofSystem().find(m))
                .as("JDK module %s (installer/jlink.args)", m).isPresent());
        assertThat(modules).contains("java.base", "java.sql", "java.desktop", "java.xml", "java.logging",
                "java.naming", "java.management", "jdk.unsupported", "jdk.localedata",
                "javafx.base", "javafx.graphics", "javafx.controls", "javafx.swing");
        assertThat(modules).doesNotHaveDuplicates();
    }

    @Test
    void jlinkKeepsIndonesianAndEnglishLocaleDataAndTrimsTheImage() throws IOException {
        List<String> args = tokens("installer/jlink.args");
        String locales = args.stream().filter(a -> a.startsWith("--include-locales=")).findFirst()
                .orElseThrow(() -> new AssertionError("installer/jlink.args has no --include-locales=")).substring(18);
        assertThat(locales.split(",")).contains("id", "en");
        assertThat(args).contains("--strip-debug", "--no-header-files", "--no-man-pages");
        // netra-cli.cmd runs runtime\bin\java.exe, and --generate-cds-archive needs it at build time
        assertThat(args).doesNotContain("--strip-native-commands");
    }

    @Test
    void everyJavaFxModuleIsTurnedIntoAJmodFromAJarTheBuildHas() throws IOException {
        Set<String> linked = jlinkModules().stream().filter(m -> m.startsWith("javafx."))
                .map(m -> m.substring("javafx.".length())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> jmodded = new TreeSet<>();
        Matcher m = Pattern.compile("<fxjmod name=\"([a-z]+)\"/>").matcher(read("installer/build.xml"));
        while (m.find()) {
            jmodded.add(m.group(1));
        }
        assertThat(jmodded).as("<fxjmod> in installer/build.xml vs javafx.* in installer/jlink.args").isEqualTo(linked);

        Set<String> declared = new TreeSet<>();
        for (Element dep : elements(pom.getDocumentElement(), "dependencies", "dependency")) {
            if (text(dep, "groupId").equals("org.openjfx")) {
                declared.add(text(dep, "artifactId").substring("javafx-".length()));
            }
        }
        // javafx-base and javafx-graphics arrive through javafx-controls
        declared.addAll(List.of("base", "graphics"));
        assertThat(declared).as("org.openjfx dependencies in pom.xml").containsAll(linked);
    }

    @Test
    void everyFileTheArgumentFilesNameExists() throws IOException {
        for (String file : ARG_FILES) {
            List<String> args = tokens(file);
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (Set.of("--icon", "--license-file", "--resource-dir", "--file-associations").contains(option)) {
                    assertThat(root.resolve(args.get(i + 1))).as("%s %s in %s", option, args.get(i + 1), file).exists();
                } else if (option.equals("--add-launcher")) {
                    String path = args.get(i + 1).substring(args.get(i + 1).indexOf('=') + 1);
                    assertThat(root.resolve(path)).as("--add-launcher in %s", file).exists();
                }
            }
        }
        assertThat(root.resolve("installer/icons/netra.ico")).satisfies(ico ->
                assertThat(Arrays.copyOf(Files.readAllBytes(ico), 4)).as("ICO header").containsExactly(0, 0, 1, 0));
        assertThat(root.resolve("installer/icons/netra.png")).satisfies(png ->
                assertThat(Arrays.copyOfRange(Files.readAllBytes(png), 1, 4)).asString(StandardCharsets.US_ASCII).isEqualTo("PNG"));
    }

    @Test
    void everyArgumentFileTheScriptsReadExists() throws IOException {
        Pattern argFile = Pattern.compile("@(installer/[A-Za-z0-9_./-]+)");
        for (String script : List.of("installer/build.xml", "installer/windows/build-msi.ps1", "installer/linux/build-deb.sh")) {
            Matcher m = argFile.matcher(read(script).replace("${installer.os}", "linux"));
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(root.resolve(m.group(1))).as("@%s in %s", m.group(1), script).exists();
            }
            assertThat(found).as("argument files in %s", script).isPositive();
        }
        assertThat(root.resolve("installer/windows/app-image.args")).exists();
    }

    @Test
    void launcherStartsTheAppsMainClassFromTheJarMavenBuilds() throws IOException {
        Map<String, String> common = options("installer/jpackage.args");
        Element build = elements(pom.getDocumentElement(), "build").get(0);
        assertThat(common.get("--main-jar")).isEqualTo(text(build, "finalName") + ".jar");
        String mainClass = text(elements(pom.getDocumentElement(), "properties").get(0), "app.main");
        assertThat(common.get("--main-class")).isEqualTo(mainClass);
        assertThatCode(() -> Class.forName(mainClass, false, getClass().getClassLoader())).doesNotThrowAnyException();
        assertThat(common.get("--type")).isEqualTo("app-image");
    }

    @Test
    void windowsConsoleScriptRunsWithTheLauncherOptions() throws IOException {
        List<String> common = tokens("installer/jpackage.args");
        String cmd = read("installer/windows/netra-cli.cmd");
        for (int i = 0; i < common.size(); i++) {
            if (common.get(i).equals("--java-options")) {
                assertThat(cmd).as("netra-cli.cmd vs --java-options").contains(common.get(i + 1));
            }
        }
        assertThat(cmd).contains(options("installer/jpackage.args").get("--main-class"), "runtime\\bin\\java.exe");
    }

    @Test
    void benchmarksRunWithTheLauncherMemoryAndCompilerOptions() throws IOException {
        List<String> common = tokens("installer/jpackage.args");
        List<String> launcher = new java.util.ArrayList<>();
        for (int i = 0; i < common.size(); i++) {
            if (common.get(i).equals("--java-options") && common.get(i + 1).startsWith("-X")) {
                launcher.add(common.get(i + 1));
            }
        }
        assertThat(id.netra.bench.LauncherOptions.JVM.split(" ")).containsExactlyInAnyOrderElementsOf(launcher);
        // mvn javafx:run starts the window as the installed launcher does
        String pom = read("pom.xml");
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        for (String option : launcher) {
            assertThat(plugin).as("pom.xml javafx:run options").contains("<option>" + option + "</option>");
        }
    }

    @Test
    void msiIsPerUserWithAFixedUpgradeCodeAndStaysOutOfTheDataFolder() throws IOException {
        Map<String, String> msi = options("installer/windows/msi.args");
        assertThat(msi.get("--type")).isEqualTo("msi");
        assertThat(UUID.fromString(msi.get("--win-upgrade-uuid"))).as("--win-upgrade-uuid never changes").isEqualTo(UPGRADE_UUID);
        assertThat(msi).containsKeys("--win-per-user-install", "--win-menu", "--win-shortcut", "--win-shortcut-prompt", "--license-file");
        assertThat(msi).doesNotContainKey("--win-dir-chooser");
        // per user, jpackage installs to %LOCALAPPDATA%\<install-dir>; the data lives in %LOCALAPPDATA%\Netra
        assertThat(msi.get("--install-dir")).isEqualTo("Programs\\Netra");
        // built from --app-image: without --icon the shortcuts would get jpackage's default icon
        assertThat(msi.get("--icon")).endsWith(".ico");
        assertThat(options("installer/linux/deb.args").get("--icon")).endsWith(".png");
    }

    @Test
    void everyPackageCarriesTheSameNameVendorAndDescription() throws IOException {
        Map<String, String> common = options("installer/jpackage.args");
        assertThat(common.get("--name")).isEqualTo("Netra");
        assertThat(common.get("--vendor")).isNotBlank();
        for (String file : List.of("installer/linux/deb.args", "installer/windows/msi.args")) {
            Map<String, String> o = options(file);
            assertThat(o.get("--name")).as("--name in %s", file).isEqualTo(common.get("--name"));
            assertThat(o.get("--vendor")).as("--vendor in %s", file).isEqualTo(common.get("--vendor"));
            assertThat(o.get("--description")).as("--description in %s", file).isEqualTo(common.get("--description"));
        }
    }

    @Test
    void versionFromThePomIsOneAnMsiAccepts() {
        String pomVersion = text(pom.getDocumentElement(), "version");
        // the same rule as installer/build.xml: 1.2.3-SNAPSHOT -> 1.2.3
        String appVersion = pomVersion.replaceFirst("^([0-9]+(\\.[0-9]+){0,2}).*$", "$1");
        assertThat(appVersion).as("numeric version from pom version %s", pomVersion).matches("[0-9]+(\\.[0-9]+){0,2}");
        int[] parts = Arrays.stream(appVersion.split("\\.")).mapToInt(Integer::parseInt).toArray();
        // Windows Installer ProductVersion: major.minor.build up to 255.255.65535
        assertThat(parts[0]).isBetween(0, 255);
        if (parts.length > 1) {
            assertThat(parts[1]).isBetween(0, 255);
        }
        if (parts.length > 2) {
            assertThat(parts[2]).isBetween(0, 65535);
        }
        assertThat(read("installer/build.xml")).contains("^([0-9]+(\\.[0-9]+){0,2}).*$");
    }

    private static List<String> jlinkModules() throws IOException {
        Map<String, String> jlink = options("installer/jlink.args");
        assertThat(jlink).containsKey("--add-modules");
        return Arrays.stream(jlink.get("--add-modules").split(",")).map(String::trim).toList();
    }

    /** Options with their value (or "" for a flag); an option given twice keeps its last value. */
    private static Map<String, String> options(String file) throws IOException {
        List<String> t = tokens(file);
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).startsWith("--")) {
                boolean hasValue = i + 1 < t.size() && !t.get(i + 1).startsWith("--");
                result.put(t.get(i), hasValue ? t.get(++i) : "");
            }
        }
        return result;
    }

    /** Tokens of a jlink/jpackage argument file: whitespace separated, "double quotes", # comment lines. */
    private static List<String> tokens(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : read(file).split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
            while (m.find()) {
                out.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return out;
    }

    private static String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
    }

    private static List<Element> elements(Element parent, String... path) {
        List<Element> current = List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element child && child.getTagName().equals(name)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static String text(Element parent, String child) {
        List<Element> found = elements(parent, child);
        assertThat(found).as("<%s> in <%s>", child, parent.getTagName()).isNotEmpty();
        return found.get(0).getTextContent().trim();
    }
}
