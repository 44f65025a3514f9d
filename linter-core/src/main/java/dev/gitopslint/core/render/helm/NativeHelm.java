package dev.gitopslint.core.render.helm;

import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process-wide handle on Helm's Go library. The library is loaded the first time {@link #library()}
 * is called, exactly once (class initialisation is serialised by the JVM), from the
 * {@link NativeLibraryCache}. helm-java's own {@code Helm} entry points are deliberately not used: they
 * would extract and load a second copy of the Go runtime into the process.
 */
final class NativeHelm {

    /** Written once by {@link Holder}; reading it must not trigger the load. */
    private static volatile Duration loadTime;

    private NativeHelm() {
    }

    static HelmLib library() {
        return Holder.LIBRARY;
    }

    /** Time spent extracting (first run only) and loading the library; zero before the first load. */
    static Duration loadTime() {
        Duration time = loadTime;
        return time == null ? Duration.ZERO : time;
    }

    static boolean isLoaded() {
        return loadTime != null;
    }

    private static final class Holder {
        private static final HelmLib LIBRARY;

        static {
            long start = System.nanoTime();
            NativeLibrary platform = NativeLibrary.serviceProviderLibrary(NativeHelm.class.getClassLoader());
            if (platform == null) {
                throw new IllegalStateException("No Helm native library for this platform (os.name="
                        + System.getProperty("os.name") + ", os.arch=" + System.getProperty("os.arch")
                        + "): add the matching com.marcnuri.helm-java native artifact");
            }
            Path file = NativeLibraryCache.materialize(platform.getClass(), platform.getBinaryName());
            LIBRARY = Native.load(file.toAbsolutePath().toString(), HelmLib.class);
            loadTime = Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
