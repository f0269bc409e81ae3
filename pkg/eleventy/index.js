// src/assets/eleventy/index.js
import { readFileSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { render } from "../server/index.js";

// src/assets/generated/hooks.js
var HOST = "exec-summary";
var STATIC_HOST = "data-es-static";

// src/assets/eleventy/index.js
var BROWSER_FILES = ["exec-summary.js", "exec-summary-runtime.js", "exec_summary.js", "exec_summary_bg.wasm", "exec-summary.css"];
var MARKER = `<div class="${HOST}" ${STATIC_HOST}`;
var line = ({ path, message, severity }) => `${severity === "warning" ? "warning: " : ""}${path}: ${message}`;
var attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
function execSummary(eleventyConfig, { dir = "exec-summary", options: defaults = {} } = {}) {
  eleventyConfig.versionCheck?.(">=3.0");
  eleventyConfig.addShortcode("execSummary", function execSummaryShortcode(source, options = {}) {
    let document = source;
    let name = `the summary given to execSummary on ${this?.page?.inputPath ?? "a page"}`;
    if (typeof source === "string") {
      name = source;
      try {
        document = readFileSync(resolve(source), "utf8");
      } catch (error) {
        throw new Error(`exec-summary: cannot read ${source}: ${error.message}`);
      }
    }
    const rendered = render(document, { embedData: true, ...defaults, ...options });
    if (!rendered.ok) {
      throw new Error(`exec-summary: ${name} is not a valid summary:
${rendered.problems.map(line).join("\n")}`);
    }
    for (const problem of rendered.problems) console.warn(`exec-summary: ${name}: ${line(problem)}`);
    return rendered.html;
  });
  eleventyConfig.addTransform("exec-summary", function addLoader(content) {
    const output = this?.page?.outputPath;
    if (typeof content !== "string" || typeof output !== "string" || !output.endsWith(".html") || !content.includes(MARKER)) {
      return content;
    }
    const url = eleventyConfig.getFilter?.("url") ?? ((path) => path);
    const base = url(`/${dir.replace(/^\/+|\/+$/g, "")}/`);
    const css = attribute(`${base}exec-summary.css`);
    const script = attribute(`${base}exec-summary.js`);
    let tags = "";
    if (!content.includes(`href="${css}"`)) tags += `<link rel="stylesheet" href="${css}">
`;
    if (!content.includes(`src="${script}"`)) tags += `<script src="${script}" defer></script>
`;
    if (!tags) return content;
    const head = content.search(/<\/head>/i);
    const at = head >= 0 ? head : content.indexOf(MARKER);
    return content.slice(0, at) + tags + content.slice(at);
  });
  eleventyConfig.on("eleventy.after", async ({ directories, dir: legacy }) => {
    const target = join(directories?.output ?? legacy.output, dir);
    await mkdir(target, { recursive: true });
    await Promise.all(BROWSER_FILES.map((file) => copyFile(new URL(`../${file}`, import.meta.url), join(target, file))));
  });
}
export {
  execSummary as default
};
