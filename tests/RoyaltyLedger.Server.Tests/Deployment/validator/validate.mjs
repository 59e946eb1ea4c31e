// Validates a stream of Kubernetes objects (the output of `kubectl kustomize`) offline against the schemas that
// kubernetes-models and @kubernetes-models/prometheus-operator ship, then prints the objects as one JSON array so
// that the C# test can check the deployment's rules on them. Usage: node validate.mjs <rendered.yaml>
// Exit 0: every object valid. Exit 1: each invalid object is named on stderr with its schema errors.
import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";

/** The model module of an apiVersion and kind, e.g. apps/v1 Deployment, or null when no package ships one. */
async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const candidates = group === null
    ? [`kubernetes-models/${version}/${kind}`]
    : [`kubernetes-models/${group}/${version}/${kind}`, `@kubernetes-models/prometheus-operator/${group}/${version}/${kind}`];
  for (const specifier of candidates) {
    try {
      const module = await import(specifier);
      if (module[kind]) {
        return module[kind];
      }
    } catch (error) {
      if (error?.code !== "ERR_MODULE_NOT_FOUND" && error?.code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") {
        throw error;
      }
    }
  }

  return null;
}

/**
 * kustomize's secretGenerator wraps base64 at 76 columns; the API server's decoder (Go's encoding/base64) skips the
 * line breaks, the schema's "byte" format does not. Validate the data as the API server reads it.
 */
function withUnwrappedSecretData(object) {
  if (object.apiVersion !== "v1" || object.kind !== "Secret" || typeof object.data !== "object" || object.data === null) {
    return object;
  }

  const data = Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, typeof v === "string" ? v.replace(/[\r\n]/g, "") : v]));
  return { ...object, data };
}

function describe(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`).join("; ");
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <rendered.yaml>");
  process.exit(2);
}

const documents = parseAllDocuments(await readFile(file, "utf8"));
const objects = [];
const failures = [];
for (const [index, document] of documents.entries()) {
  if (document.errors.length > 0) {
    failures.push(`document ${index}: not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    continue;
  }

  const object = document.toJS();
  if (object === null || object === undefined) {
    continue;
  }

  const name = `${object.kind ?? "?"} ${object.metadata?.namespace ? object.metadata.namespace + "/" : ""}${object.metadata?.name ?? "?"}`;
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    failures.push(`document ${index} (${name}): apiVersion and kind are required`);
    continue;
  }

  const Model = await modelOf(object.apiVersion, object.kind);
  if (Model === null) {
    failures.push(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }

  try {
    new Model(withUnwrappedSecretData(object)).validate();
  } catch (error) {
    failures.push(`${name} (${object.apiVersion}): ${describe(error.errors) || error.message}`);
    continue;
  }

  objects.push(object);
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}

process.stdout.write(JSON.stringify(objects));
