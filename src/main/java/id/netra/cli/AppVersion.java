package id.netra.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the build, for --version, info and backup manifests. */
public final class AppVersion implements IVersionProvider {

    /** The version Maven stamped into the build (read in one place, {@link id.netra.safety.store.BuildInfo}). */
    public static String current() {
        return id.netra.safety.store.BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Netra " + current()};
    }
}
