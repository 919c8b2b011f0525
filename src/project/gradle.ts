// Reads the facts java2x needs from Gradle build scripts (Groovy or Kotlin DSL) by pattern: group,
// version, Java version, Spring Boot plugin version, and the project list of settings.gradle.
// Gradle scripts are programs; a pattern reading covers the common declarative forms and no more.

export interface GradleBuild {
  group?: string;
  version?: string;
  javaVersion?: string;
  springBootVersion?: string;
}

export interface GradleSettings {
  rootProjectName?: string;
  /** Included project paths turned into directories relative to the settings file (`:a:b` → `a/b`). */
  includes: string[];
}

/** Removes comments while keeping string contents such as `"https://…"` intact. */
function stripComments(src: string): string {
  return src.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (whole, str: string | undefined) => str ?? "");
}

const Q = `["']([^"'\\n]+)["']`;

function first(src: string, ...patterns: RegExp[]): string | undefined {
  for (const p of patterns) {
    const m = p.exec(src);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

export function parseGradleBuild(script: string): GradleBuild {
  const src = stripComments(script);
  return {
    group: first(src, new RegExp(`^\\s*group\\s*=\\s*${Q}`, "m")),
    version: first(src, new RegExp(`^\\s*version\\s*=\\s*${Q}`, "m")),
    javaVersion: first(
      src,
      /JavaLanguageVersion\.of\(\s*["']?(\d+)["']?\s*\)/,
      /(?:sourceCompatibility|targetCompatibility)\s*=\s*JavaVersion\.VERSION_(\d+(?:_\d+)?)/,
      new RegExp(`(?:sourceCompatibility|targetCompatibility)\\s*=\\s*${Q}`),
      /(?:sourceCompatibility|targetCompatibility)\s*=\s*([\d.]+)/,
      /jvmToolchain\(\s*(\d+)\s*\)/,
    )?.replace(/^1_(\d+)$/, "1.$1"),
    springBootVersion: first(
      src,
      new RegExp(`id\\s*\\(?\\s*["']org\\.springframework\\.boot["']\\s*\\)?\\s*version\\s*${Q}`),
      new RegExp(`org\\.springframework\\.boot:spring-boot-gradle-plugin:([^"'\\s]+)["']`),
      new RegExp(`springBootVersion\\s*=\\s*${Q}`),
    ),
  };
}

export function parseGradleSettings(script: string): GradleSettings {
  const src = stripComments(script);
  const includes: string[] = [];
  // `include 'a', ':b:c'` and `include("a", "b")`, possibly spread over several lines.
  for (const m of src.matchAll(/\binclude\s*\(?((?:\s*["'][^"'\n]+["']\s*,?)+)\)?/g)) {
    for (const p of m[1]!.matchAll(/["']([^"'\n]+)["']/g)) {
      const dir = p[1]!.replace(/^:/, "").replace(/:/g, "/");
      if (dir && !includes.includes(dir)) includes.push(dir);
    }
  }
  return { rootProjectName: first(src, new RegExp(`rootProject\\.name\\s*=\\s*${Q}`)), includes };
}
