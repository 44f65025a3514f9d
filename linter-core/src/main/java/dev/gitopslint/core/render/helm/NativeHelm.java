package dev.gitopslint.core.render.helm;

import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process-wide handle on Helm's Go library. The library is loaded the first time {@link #library()}
 * is called, exactly once (class initialisation is serialised by the JVM), from the
 * {@link NativeLibraryCache}; a failure to load is remembered and reported to every caller alike.
 * helm-java's own {@code Helm} entry points are deliberately not used: they would extract and load a
 * second copy of the Go runtime into the process.
 */
final class NativeHelm {

    /** Written once by {@link Holder}; reading it must not trigger the load. */
    private static volatile Duration loadTime;

    private NativeHelm() {
    }

    static HelmLib library() {
        if (Holder.FAILURE != null) {
            // A fresh exception per caller: the load may have failed on another thread (a preload).
            throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.LIBRARY;
    }

    /** Time spent extracting (first run only) and loading the library; zero before the first load. */
    static Duration loadTime() {
        Duration time = loadTime;
        return time == null ? Duration.ZERO : time;
    }

    private static final class Holder {
        private static final HelmLib LIBRARY;
        /** Why the library could not be loaded, kept so every later caller gets the same clear message. */
        private static final IllegalStateException FAILURE;

        static {
            long start = System.nanoTime();
            HelmLib library = null;
            IllegalStateException failure = null;
            try {
                library = load();
            } catch (IllegalStateException e) {
                failure = e;
            } catch (RuntimeException | LinkageError e) {
                failure = new IllegalStateException("Cannot load the embedded Helm library: " + e.getMessage(), e);
            }
            LIBRARY = library;
            FAILURE = failure;
            loadTime = Duration.ofNanos(System.nanoTime() - start);
        }

        private static HelmLib load() {
            NativeLibrary platform = NativeLibrary.serviceProviderLibrary(NativeHelm.class.getClassLoader());
            if (platform == null) {
                throw new IllegalStateException("No Helm native library for this platform (os.name="
                        + System.getProperty("os.name") + ", os.arch=" + System.getProperty("os.arch")
                        + "): add the matching com.marcnuri.helm-java native artifact");
            }
            Path file = NativeLibraryCache.materialize(platform.getClass(), platform.getBinaryName());
            return Native.load(file.toAbsolutePath().toString(), HelmLib.class);
        }
    }
}
