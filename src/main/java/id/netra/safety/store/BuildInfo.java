package id.netra.safety.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version Maven stamped into the build, for backup manifests and for {@code --version} (which
 * id.netra.cli.AppVersion asks here: the root command registers this capability's commands, so the
 * reading lives on this side to avoid a cycle).
 */
public final class BuildInfo {

    private BuildInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/id/netra/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
