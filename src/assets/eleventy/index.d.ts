// Types of exec-summary/eleventy (pkg/eleventy/index.js), the Eleventy v3 plugin.
import type { ExecSummaryServerOptions } from '../server/index.js';

/** The plugin's options, the second argument of `eleventyConfig.addPlugin`. */
export interface ExecSummaryEleventyOptions {
  /** The folder of the site's output the browser bundle is copied to and served from, under the path prefix. Default `exec-summary`. */
  dir?: string;
  /** Card options every card starts from; a shortcode's own options win. Default: the card's own defaults, embedding the document. */
  options?: ExecSummaryServerOptions;
}

/** What the plugin uses of Eleventy's configuration API. */
export interface ExecSummaryEleventyConfig {
  addShortcode(name: string, shortcode: (...args: any[]) => string): unknown;
  addTransform(name: string, transform: (this: any, content: string) => string): unknown;
  on(event: string, listener: (...args: any[]) => unknown): unknown;
  getFilter?(name: string): ((...args: any[]) => any) | undefined;
  versionCheck?(range: string): unknown;
}

/** The plugin: `eleventyConfig.addPlugin(execSummary, { … })` adds the shortcode `execSummary`. */
export default function execSummary(eleventyConfig: ExecSummaryEleventyConfig, options?: ExecSummaryEleventyOptions): void;
