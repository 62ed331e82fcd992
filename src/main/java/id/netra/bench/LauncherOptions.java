package id.netra.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The installed launcher's memory and compiler options (installer/jpackage.args; a test keeps them
 * equal): benchmark children run with them so the figures are what a clerk's Netra does.
 */
public final class LauncherOptions {

    public static final String JVM = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private LauncherOptions() {
    }

    static List<String> list(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
