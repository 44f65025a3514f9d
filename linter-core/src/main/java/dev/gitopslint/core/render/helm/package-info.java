/**
 * Helm, in-process and offline: rendering charts the way Argo CD does, and evaluating ApplicationSet
 * templates.
 *
 * <ul>
 * <li>{@link dev.gitopslint.core.render.helm.HelmEngine}: {@code helm template} through helm-java (Helm's
 * Go code loaded with JNA), one engine per process. A {@link dev.gitopslint.core.render.helm.RenderRequest}
 * carries what an Argo CD Application gives Helm (see its documentation for Argo CD's ordering of value
 * files, inline values and parameters); the {@link dev.gitopslint.core.render.helm.RenderResult} holds the
 * rendered text or Helm's error. Hooks and {@code crds/} files are part of the output, as with
 * {@code helm template --include-crds}.</li>
 * <li>{@link dev.gitopslint.core.render.helm.RenderedText} splits the output per {@code # Source:} marker
 * into {@link dev.gitopslint.core.render.helm.RenderedChunk}s that know their line in the whole text.</li>
 * <li>{@link dev.gitopslint.core.render.helm.ChartDependencies} finds declared dependencies that an offline
 * render cannot use.</li>
 * <li>{@link dev.gitopslint.core.render.helm.GoTemplates} evaluates {@code goTemplate: true} strings with
 * Helm's text/template and Sprig, many per render; {@link dev.gitopslint.core.render.helm.FastTemplate} does
 * the {@code goTemplate: false} substitution.</li>
 * </ul>
 *
 * <p>Not supported by helm-java, so not offered here: {@code --api-versions} (so
 * {@code .Capabilities.APIVersions.Has} only knows Kubernetes' built-in API groups), {@code --skip-tests}
 * and {@code --skip-schema-validation} (a chart's values.schema.json is always enforced). Helm's own
 * warnings are not surfaced.
 */
package dev.gitopslint.core.render.helm;
