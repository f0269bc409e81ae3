// exec-summary's script tag (a classic or a module script): the loader, finding the rest of pkg/
// beside its own URL (or at ExecSummaryConfig.base), so pkg/ may live at any path or origin.
// scripts/build.sh bundles it with loader/ and shared/ into one IIFE, which runs the same either
// way.
import { bundleAt } from './loader/bundle-at.js';
import { startLoader } from './loader/loader.js';

startLoader((config) => {
  const d = document;
  let own = d.currentScript;
  const all = d.querySelectorAll('script[src]');
  for (let i = all.length - 1; i >= 0 && !own; i--) {
    if (/(^|\/)exec-summary(\.min)?\.js([?#]|$)/.test(all[i].src)) own = all[i];
  }
  return bundleAt(new URL(config.base || '.', config.base ? d.baseURI : own ? own.src : d.baseURI).href);
});
