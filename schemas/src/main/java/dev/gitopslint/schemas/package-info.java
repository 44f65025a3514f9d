/** Bundled data (Kubernetes and CRD schemas, API lifecycle table, config schema) and its generator. */
package dev.gitopslint.schemas;
