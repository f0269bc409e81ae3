// The "Executive summary" block (exec-summary/card): its editor script, bundled by
// scripts/build.sh with esbuild into integrations/wordpress/exec-summary/blocks/card/index.js
// against WordPress's wp.* globals. Its declaration is blocks/card/block.json.
import metadata from '../exec-summary/blocks/card/block.json';
import Edit from './edit.js';
import { save } from './save.js';
import { deprecated } from './deprecated.js';
import { transforms } from './transforms.js';

const { registerBlockType } = wp.blocks;
const { createElement: el } = wp.element;

const icon = el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': true },
  el('path', { d: 'M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm0 2v14h14V5H5zm2 2h10v2H7V7zm0 4h6v1.5H7V11zm0 3h8v1.5H7V14z' }));

registerBlockType(metadata, { icon, edit: Edit, save, deprecated, transforms });
