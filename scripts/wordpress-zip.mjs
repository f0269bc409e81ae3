#!/usr/bin/env node
// Zips the WordPress plugin (integrations/wordpress/exec-summary/) into the file a site owner
// uploads under Plugins → Add New → Upload Plugin: `exec-summary/…` inside, every file deflated,
// the same bytes for the same tree (sorted names, fixed times). Run scripts/build.sh first so
// that assets/ holds the current pkg/ files (CI checks it does).
//
//   node scripts/wordpress-zip.mjs [OUT.zip]     (default target/wordpress/exec-summary.zip)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PLUGIN = join(ROOT, 'integrations/wordpress/exec-summary');
const out = resolve(process.argv[2] ?? join(ROOT, 'target/wordpress/exec-summary.zip'));

// 2024-01-01 00:00 in MS-DOS time: zip entries carry no real dates, so builds are identical.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** Every folder and file under `dir`, sorted, as paths relative to the plugin's parent. */
function walk(dir, found = []) {
  found.push({ name: `${relative(dirname(PLUGIN), dir)}/`, dir: true });
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, found);
    else found.push({ name: relative(dirname(PLUGIN), path), path });
  }
  return found;
}

export function zipPlugin(target = out) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of walk(PLUGIN)) {
    const name = Buffer.from(entry.name.split('\\').join('/'));
    const data = entry.dir ? Buffer.alloc(0) : readFileSync(entry.path);
    const packed = entry.dir ? data : deflateRawSync(data, { level: 9 });
    const method = entry.dir ? 0 : 8;
    const crc = entry.dir ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made on Unix, zip 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes: 0
    central.writeUInt32LE((entry.dir ? (0o40755 << 16) | 0x10 : 0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, Buffer.concat([...locals, directory, end]));
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = zipPlugin();
  console.log(`wordpress-zip: ${relative(process.cwd(), written)} (${statSync(written).size} bytes)`);
}
