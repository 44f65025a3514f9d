/**
 * Container images: the reference grammar ({@link dev.gitopslint.core.images.ImageReference}),
 * where images are declared (pod specs: {@link dev.gitopslint.core.images.PodSpecImages}; Helm
 * values: {@link dev.gitopslint.core.images.ValuesImages}), the image lock file
 * ({@link dev.gitopslint.core.images.ImageLock}, written by
 * {@link dev.gitopslint.core.images.ImageLockWriter}, read by
 * {@link dev.gitopslint.core.images.ImageLockReader}, compared by
 * {@link dev.gitopslint.core.images.LockDiff}), and the OCI distribution client that fills it
 * ({@link dev.gitopslint.core.images.RegistryClient}, {@link dev.gitopslint.core.images.ImageLocker}).
 *
 * <p>Linting reads only the lock; only locking talks to registries, always with bounded timeouts.
 */
package dev.gitopslint.core.images;
