package dev.gitopslint.core.argocd;

import tools.jackson.databind.JsonNode;

/** An Application produced by an ApplicationSet for one parameter set. */
record GeneratedApplication(JsonNode application, ParamSet params, ApplicationLocator locator) {
}
