// @ts-check
// application.yml / application.properties and their profile variants (application-dev.yml,
// `---` documents with spring.config.activate.on-profile): flattened to `a.b.c` keys and stated as
// `config-file` facts, so the generated config starts from the same values as the Java service.

import YAML from "yaml";

/** @typedef {{ [key: string]: string }} Flat */

/**
 * `a: { b: 1 }` → `{ "a.b": "1" }`; a list of scalars is also joined with commas under its own key
 * (Spring binds `a: [x, y]` to a List either way); lists of maps become `a[0].b`.
 * @param {unknown} value
 * @param {string} prefix
 * @param {Flat} out
 */
function flatten(value, prefix, out) {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) out[prefix] = value.map((v) => String(v ?? "")).join(",");
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value === null || value === undefined ? "" : String(value);
  }
}

/** `key=value` / `key: value` lines; `#` and `!` comments; no line continuations (rare in Spring Boot files). */
function parseProperties(/** @type {string} */ text) {
  /** @type {Flat} */
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** The profile a file or `---` document applies to ("" for the default), from its name or its own keys. */
function profileOf(/** @type {string} */ file, /** @type {Flat} */ values) {
  const own = values["spring.config.activate.on-profile"] ?? values["spring.profiles"];
  if (own) return own;
  const m = /application-([^/.]+)\.(?:ya?ml|properties)$/.exec(file);
  return m ? m[1] : "";
}

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "config.application-file",
    title: "Spring Boot application configuration file",
    category: "optional",
    effort: 1,
    fix: "auto",
    messages: {
      values: "{keys} keys of {file} (profile {profile}) become the defaults of the generated config; the environment (A_B for a.b) overrides them",
      invalid: "{file} could not be read: {error}; the generated config does not include it",
    },
  },
  project(ctx) {
    const files = ctx.resources("**/application*.{yml,yaml,properties}").filter((f) => !/(^|\/)(src\/test|test-classes)\//.test(f.file));
    for (const f of files) {
      /** @type {Flat[]} */
      let docs;
      try {
        docs = f.file.endsWith(".properties")
          ? [parseProperties(f.text)]
          : YAML.parseAllDocuments(f.text).map((d) => {
              if (d.errors.length) throw new Error(d.errors[0].message.split("\n")[0]);
              /** @type {Flat} */
              const flat = {};
              flatten(d.toJS(), "", flat);
              return flat;
            });
      } catch (e) {
        ctx.report({ file: f.file, line: 1, column: 1, messageId: "invalid", data: { file: f.file, error: e instanceof Error ? e.message : String(e) } });
        continue;
      }
      docs.forEach((values, i) => {
        const profile = profileOf(f.file, values);
        const keys = Object.keys(values).length;
        if (keys === 0) return;
        const line = i === 0 ? 1 : f.text.split(/\r?\n/).findIndex((l, n, all) => all.slice(0, n + 1).filter((x) => x.trim() === "---").length === i) + 2;
        ctx.report({ file: f.file, line, column: 1, messageId: "values", data: { keys, file: f.file, profile: profile || "default" } });
        ctx.fact({ kind: "config-file", file: f.file, line, column: 1, data: { file: f.file, profile, values } });
      });
    }
  },
};
