// Server rendering speed: exec-summary/server's render on one Node thread against the native CLI
// on one core and the plain JavaScript template (scripts/bench-batch-template.mjs, the peer), in
// the same run, on the same N copies of the seed document (www/examples/sino-russian-cooperation.json,
// each with its own title), in memory (tmpfs) so the renderers show rather than the file system.
// Rounds alternate the three; medians are printed. Not part of the test suite.
//
//   node scripts/bench-server.mjs                 → markdown table on stdout (5 rounds of 10,000 cards)
//   node scripts/bench-server.mjs --cards 20000 --rounds 7
//   node scripts/bench-server.mjs --pkg DIR       → another build of pkg/ (a lever)
//
// Each renderer does the same work per card: read the file, render the card, write the HTML
// (`exec-summary render --out-dir` on one core, pinned with taskset and RAYON_NUM_THREADS=1; a loop
// over `render` in one Node process; the template in one Node process), with no flags, as
// scripts/bench-batch.sh measures the CLI (the template writes no marker either). The server is
// also timed rendering the seed's text in a loop without the files, which is what a site
// generator's build or a server's request pays per card, and so with `embedData` (the marker).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    cards: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '5' },
    pkg: { type: 'string', default: join(root, 'pkg') },
    // Internal: one timed run of the server in this process (a child of the harness).
    'run-server': { type: 'string' },
  },
});

const SEED = readFileSync(join(root, 'www/examples/sino-russian-cooperation.json'), 'utf8');

/** Renders every file of `dir`/in into `dir`/out with exec-summary/server; prints the seconds. */
async function runServer(dir) {
  const { render } = await import(pathToFileURL(resolve(args.pkg, 'server/index.js')).href);
  const files = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8'));
  /** Wall and CPU (user + system) seconds of `fn`. */
  const measure = (fn) => {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    fn();
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (used.user + used.system) / 1e6 };
  };
  for (let i = 0; i < 500; i += 1) render(SEED); // the wasm's hot code compiled by the optimising tier first
  const fromFiles = measure(() => {
    for (const name of files) {
      const { html, ok } = render(readFileSync(join(dir, 'in', name), 'utf8'));
      if (!ok) throw new Error(`${name} did not render`);
      writeFileSync(join(dir, 'out-server', name.replace(/\.json$/, '.html')), html);
    }
  });
  // The same render without the files: the seed's text, as many times; then with the marker.
  const loop = (options) => {
    for (let i = 0; i < 500; i += 1) render(SEED, options);
    return measure(() => {
      for (let i = 0; i < files.length; i += 1) render(SEED, options);
    });
  };
  console.log(JSON.stringify({ files: fromFiles, memory: loop(undefined), marker: loop({ embedData: true }) }));
}

if (args['run-server']) {
  await runServer(args['run-server']);
  process.exit(0);
}

const cards = Number(args.cards);
const rounds = Number(args.rounds);
const cli = join(root, process.env.CARGO_TARGET_DIR ?? 'target', 'release/exec-summary');
const build = spawnSync('cargo', ['build', '--quiet', '--release', '--bin', 'exec-summary'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('cargo build --release failed');
if (!existsSync(resolve(args.pkg, 'server/index.js'))) throw new Error(`${args.pkg} has no server/index.js: run scripts/build.sh`);

const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const dir = mkdtempSync(join(base, 'exec-summary-bench-server-'));
const names = [];
try {
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < cards; i += 1) {
    const name = `summary-${String(i).padStart(5, '0')}.json`;
    writeFileSync(join(dir, 'in', name), SEED.replace(/"title": "([^"]*)"/, `"title": "$1, no. ${i}"`));
    names.push(name);
  }
  writeFileSync(join(dir, 'files.json'), JSON.stringify(names));
  const inputs = names.map((name) => join(dir, 'in', name));

  /**
   * Runs `command` pinned to one core; returns its wall and CPU (user + system, from GNU time)
   * seconds and its output. CPU time hardly changes when other work competes for the core.
   */
  const timed = (command, commandArgs, env = {}) => {
    const cpuFile = join(dir, 'cpu');
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, 'taskset', '-c', '0', command, ...commandArgs],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { wall, cpu: user + system, stdout: result.stdout };
  };
  const fresh = (name) => {
    rmSync(join(dir, name), { recursive: true, force: true });
    mkdirSync(join(dir, name));
  };
  const runs = { cli: [], server: [], serverMemory: [], serverMarker: [], template: [] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 ? ['template', 'server', 'cli'] : ['cli', 'server', 'template'];
    for (const which of order) {
      if (which === 'cli') {
        fresh('out-cli');
        // The argument list of 10,000 paths fits Linux's limit; taskset pins the process to one core.
        runs.cli.push(timed(cli, ['render', '--out-dir', join(dir, 'out-cli'), ...inputs], { RAYON_NUM_THREADS: '1' }));
      } else if (which === 'server') {
        fresh('out-server');
        const { stdout } = timed(process.execPath, [fileURLToPath(import.meta.url), '--pkg', args.pkg, '--run-server', dir]);
        const { files, memory, marker } = JSON.parse(stdout.trim().split('\n').pop());
        runs.server.push(files);
        runs.serverMemory.push(memory);
        runs.serverMarker.push(marker);
      } else {
        fresh('out-js');
        runs.template.push(timed(process.execPath, ['scripts/bench-batch-template.mjs', join(dir, 'out-js'), ...inputs]));
      }
    }
    process.stderr.write(`bench-server: round ${round + 1}/${rounds}\n`);
  }
  // The server's cards are the CLI's, byte for byte (the npm tests check every flag; this checks the bench's).
  for (const name of [names[0], names.at(-1)]) {
    const html = name.replace(/\.json$/, '.html');
    if (readFileSync(join(dir, 'out-cli', html), 'utf8') !== readFileSync(join(dir, 'out-server', html), 'utf8')) {
      throw new Error(`${html}: the server's card differs from the CLI's`);
    }
  }

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const perCard = (seconds) => (seconds / cards) * 1e6;
  const cliCpu = median(runs.cli.map((r) => r.cpu));
  const row = (label, list, note) => {
    const wall = median(list.map((r) => r.wall));
    const cpu = median(list.map((r) => r.cpu));
    return `| ${label} | ${Math.round(cards / wall).toLocaleString('en')} | ${perCard(wall).toFixed(1)} | ${perCard(cpu).toFixed(1)} | ${(cpu / cliCpu).toFixed(2)}× | ${note} |`;
  };
  console.log([
    `${cards.toLocaleString('en')} seed cards, one core (taskset), files on ${base === '/dev/shm' ? 'tmpfs' : 'disk'}, medians of ${rounds} alternating rounds; Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the end`,
    '',
    `| renderer${args.pkg === join(root, 'pkg') ? '' : ` (${args.pkg})`} | cards/s | µs per card | CPU µs per card | CPU time ÷ CLI's | what it includes |`,
    '|---|--:|--:|--:|--:|---|',
    row('native CLI (`render --out-dir`, `RAYON_NUM_THREADS=1`)', runs.cli, 'process start, read, render, write'),
    row('exec-summary/server, one Node thread', runs.server, 'read, render, write (after the import)'),
    row('exec-summary/server, render only', runs.serverMemory, 'the seed\'s text in a loop, no files'),
    row('exec-summary/server, render only, `embedData`', runs.serverMarker, 'the same, with the static marker'),
    row('plain JS template (peer)', runs.template, 'process start, read, template, write'),
  ].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
