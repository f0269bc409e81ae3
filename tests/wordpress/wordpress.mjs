// A real WordPress 6.1 (Debian's package) for the plugin's tests; not a test file itself.
//
// startWordPress() lays out a private site in a temporary folder and starts what it needs, on
// loopback ports of its own, never the system's services:
//   <dir>/db/        a MariaDB data directory (mariadb-install-db), served by `mariadbd` on
//                    127.0.0.1:<free port> and the socket <dir>/db.sock
//   <dir>/site/      a copy of /usr/share/wordpress (links followed: Debian's relative links to
//                    underscore.js, getID3 and cropper would break in a copy) with a wp-config.php
//                    of its own; wp-content/plugins/exec-summary is a link to the working tree's
//                    plugin, wp-content/mu-plugins/ links tests/wordpress/mu-plugins/*.php, and
//                    wp-content/uploads/exec-summary-tests/ holds www/examples/*.json
//   <dir>/php.log    PHP's error log (WP_DEBUG_LOG); <dir>/db.err.log, MariaDB's
// (<dir> is in /dev/shm where it has room, else in the system temporary folder.)
// then installs WordPress with wp_install() from a PHP CLI script (php/install.php), activates
// the plugin, sets Twenty Twenty-Three and creates one user per role, and serves the site with
// `php -S 127.0.0.1:<free port>` and PHP_CLI_SERVER_WORKERS workers. stop() ends the server, its
// workers and the database by their pids and removes the folder (KEEP_WORDPRESS=1 keeps it).
import { spawn, execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { launch } from '../e2e/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
export const PLUGIN_DIR = join(ROOT, 'integrations/wordpress/exec-summary');
const WORDPRESS = '/usr/share/wordpress';
const WORKERS = 4;

/** The users the site has, one per role, with known passwords. */
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

/** Where the test documents are on the site: docPath('sino-russian-cooperation'). */
export const docPath = (name) => `/wp-content/uploads/exec-summary-tests/${name}.json`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error) {
        error.message += `\n${stdout}\n${stderr}`;
        reject(error);
      } else resolve({ stdout, stderr });
    });
  });
}

function roomInMemory() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize > 512 * 1024 * 1024;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, check, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Pids of the running processes whose parent is `pid` (PHP's server workers). */
function childrenOf(pid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stopPids(pids, timeout = 10000) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const end = Date.now() + timeout;
  while (pids.some(alive) && Date.now() < end) await sleep(50);
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
}

function wpConfig({ socket, url, log }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
// Written by tests/wordpress/wordpress.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${JSON.stringify(url)} );
define( 'WP_SITEURL', ${JSON.stringify(url)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${JSON.stringify(log)} );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
// No internet here: refuse requests to other hosts at once instead of waiting for them to fail.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts a private WordPress; resolves to the site (see the properties below). `timings` gives
 * the seconds each step of the set-up took. With `plugin: false` the plugin is neither linked
 * nor activated (a test installs it as a site owner would).
 */
export async function startWordPress({ plugin = true } = {}) {
  const started = Date.now();
  const timings = {};
  let mark = started;
  const step = (name) => {
    const now = Date.now();
    timings[name] = (now - mark) / 1000;
    mark = now;
  };

  // In memory where there is a roomy tmpfs (a site takes ~100 MB): the database's and
  // WordPress's many small writes cost seconds on a disk.
  const dir = mkdtempSync(join(roomInMemory() ? '/dev/shm' : tmpdir(), 'es-wordpress-'));
  const pids = { php: null, db: null };
  const site = {
    dir,
    root: join(dir, 'site'),
    log: join(dir, 'php.log'),
    timings,
    users: {},
    stopped: false,
  };
  const emergencyStop = () => {
    for (const pid of [...(pids.php ? [...childrenOf(pids.php), pids.php] : []), pids.db].filter(Boolean)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  };
  process.once('exit', emergencyStop);

  site.stop = async () => {
    if (site.stopped) return;
    site.stopped = true;
    if (pids.php) await stopPids([...childrenOf(pids.php), pids.php]);
    if (pids.db) await stopPids([pids.db], 30000);
    process.removeListener('exit', emergencyStop);
    if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`wordpress: kept ${dir}\n`);
  };

  try {
    const [dbPort, httpPort] = [await freePort(), await freePort()];
    const host = `127.0.0.1:${httpPort}`;
    site.url = `http://${host}`;
    site.host = host;
    const socket = join(dir, 'db.sock');

    // The database: a data directory of its own, a server on a loopback port and a private socket.
    const data = join(dir, 'db');
    // A test database: small, and durable only as far as the test run needs.
    const tuning = ['--skip-name-resolve', '--innodb-log-file-size=16M', '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0'];
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db', ...tuning]);
    const db = spawn('mariadbd', [
      '--no-defaults', '--user=root', `--datadir=${data}`, `--socket=${socket}`, `--port=${dbPort}`,
      '--bind-address=127.0.0.1', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.err.log')}`,
      '--skip-log-bin', '--innodb-buffer-pool-size=64M', '--performance-schema=0', ...tuning,
    ], { stdio: 'ignore' });
    pids.db = db.pid;
    site.dbPort = dbPort;
    site.dbPid = db.pid;
    let dbExit = null;
    db.on('exit', (code) => { dbExit = code; });
    await waitFor('MariaDB', async () => {
      if (dbExit !== null) throw new Error(`mariadbd exited (${dbExit}): ${readFileSync(join(dir, 'db.err.log'), 'utf8')}`);
      if (!existsSync(socket)) return false;
      try {
        await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4']);
        return true;
      } catch {
        return false;
      }
    });
    step('database');

    // The site: WordPress copied with its links followed, a wp-config.php of its own.
    await run('cp', ['-rL', WORDPRESS, site.root]);
    rmSync(join(site.root, '.htaccess'), { force: true });
    writeFileSync(join(site.root, 'wp-config.php'), wpConfig({ socket, url: site.url, log: site.log }));
    const content = join(site.root, 'wp-content');
    if (plugin) symlinkSync(PLUGIN_DIR, join(content, 'plugins', 'exec-summary'));
    mkdirSync(join(content, 'mu-plugins'));
    for (const file of readdirSync(join(HERE, 'mu-plugins'))) {
      symlinkSync(join(HERE, 'mu-plugins', file), join(content, 'mu-plugins', file));
    }
    const docs = join(content, 'uploads', 'exec-summary-tests');
    mkdirSync(docs, { recursive: true });
    for (const file of readdirSync(join(ROOT, 'www/examples')).filter((name) => name.endsWith('.json'))) {
      cpSync(join(ROOT, 'www/examples', file), join(docs, file));
    }
    step('files');

    // wp_install(), the theme, the plugin, the users.
    const users = Object.fromEntries(ROLES.map((role) => [role, {
      login: role === 'administrator' ? 'admin' : role,
      password: `es-${role}-${randomBytes(6).toString('hex')}`,
      email: `${role}@example.test`,
    }]));
    const { stdout } = await run('php', [join(HERE, 'php/install.php')], {
      env: { ...process.env, ES_INSTALL: JSON.stringify({ root: site.root, host, url: site.url, users, plugin }) },
    }).catch((error) => {
      throw new Error(`installing WordPress failed: ${error.message}`);
    });
    const installed = JSON.parse(stdout.trim().split('\n').pop());
    if (installed.error) throw new Error(`installing WordPress failed: ${installed.error}`);
    for (const role of ROLES) site.users[role] = { ...users[role], id: installed.users[role] };
    step('install');

    // The server: PHP's own, with workers so that a page's parallel requests are served in parallel.
    const php = spawn('php', [
      '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', `error_log=${site.log}`, '-d', 'memory_limit=256M',
      // Compiled scripts shared by the workers, checked against their files on every request.
      '-d', 'opcache.enable_cli=1', '-d', 'opcache.validate_timestamps=1', '-d', 'opcache.revalidate_freq=0',
      '-S', host, '-t', site.root,
    ], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: String(WORKERS) }, stdio: ['ignore', 'ignore', 'ignore'] });
    pids.php = php.pid;
    site.phpPid = php.pid;
    let phpExit = null;
    php.on('exit', (code) => { phpExit = code; });
    await waitFor('the PHP server', async () => {
      if (phpExit !== null) throw new Error(`php -S exited (${phpExit})`);
      try {
        const response = await fetch(`${site.url}/wp-login.php`);
        return response.ok;
      } catch {
        return false;
      }
    });
    site.workerPids = childrenOf(php.pid);
    step('server');
    timings.total = (Date.now() - started) / 1000;
  } catch (error) {
    await site.stop();
    throw error;
  }

  /**
   * Runs `code` (a PHP function body that returns a value) in the site as `role` (or no user),
   * WordPress and the plugins loaded; resolves to the returned value.
   */
  site.php = async (code, { as } = {}) => {
    const { stdout } = await run('php', [join(HERE, 'php/run.php')], {
      env: { ...process.env, ES_RUN: JSON.stringify({ root: site.root, host: site.host, user: as ? site.users[as].id : 0, code }) },
    });
    const marker = '\n@@exec-summary-result@@\n';
    const at = stdout.lastIndexOf(marker);
    if (at < 0) throw new Error(`PHP printed no result:\n${stdout}`);
    if (stdout.slice(0, at).trim()) throw new Error(`PHP printed output besides its result:\n${stdout.slice(0, at)}`);
    return JSON.parse(stdout.slice(at + marker.length));
  };

  /** Publishes a post as `role` through wp_insert_post (kses applies as for that user); resolves to its URL and id. */
  site.insertPost = async ({ title, content, type = 'post', as = 'administrator' }) => {
    const { id, url } = await site.php(`
      $id = wp_insert_post( wp_slash( array(
        'post_title'   => ${phpString(title)},
        'post_content' => ${phpString(content)},
        'post_status'  => 'publish',
        'post_type'    => ${phpString(type)},
        'post_author'  => get_current_user_id(),
      ) ), true );
      if ( is_wp_error( $id ) ) { return array( 'error' => $id->get_error_message() ); }
      return array( 'id' => $id, 'url' => get_permalink( $id ) );
    `, { as });
    return { id, url };
  };

  /** Logs `context` (a Playwright browser context) in as the user of `role`, through wp-login.php. */
  site.login = async (context, role) => {
    const page = await context.newPage();
    const user = site.users[role];
    await page.goto(`${site.url}/wp-login.php`);
    // wp-login.php focuses and selects the user name 200 ms after it loads (wp_attempt_focus): on a
    // busy machine that can land between the focus and the typing of the password, which then
    // replaces the user name. The fields are set, not typed.
    await page.evaluate(({ login, password }) => {
      document.getElementById('user_login').value = login;
      document.getElementById('user_pass').value = password;
    }, { login: user.login, password: user.password });
    try {
      await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
    } catch (error) {
      const why = await page.locator('#login_error').textContent({ timeout: 1000 }).catch(() => null);
      throw new Error(`logging in as the ${role} failed${why ? `: ${why.trim()}` : ''}`, { cause: error });
    }
    await page.close();
  };

  /** Lines of PHP's error log that name one of the plugin's files. */
  site.pluginLogLines = () => {
    if (!existsSync(site.log)) return [];
    return readFileSync(site.log, 'utf8').split('\n')
      .filter((line) => line.includes(PLUGIN_DIR) || line.includes('/plugins/exec-summary/'));
  };

  return site;
}

/** A PHP single-quoted string literal of `text`. */
export function phpString(text) {
  return `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * One WordPress site and one Chromium for a test file: `ready({ site, browser })` is called
 * before the file's first test; both are stopped after its last. Prints how long set-up took.
 */
export function useWordPress(ready, options) {
  let site;
  let browser;
  before(async () => {
    [site, browser] = await Promise.all([startWordPress(options), launch()]);
    const t = site.timings;
    process.stderr.write(`wordpress: set up in ${t.total.toFixed(1)} s (database ${t.database.toFixed(1)}, files ${t.files.toFixed(1)}, install ${t.install.toFixed(1)}, server ${t.server.toFixed(1)}) at ${site.url}; php -S ${site.phpPid} (workers ${site.workerPids.join(' ')}), mariadbd ${site.dbPid} on ${site.dbPort}\n`);
    await ready({ site, browser });
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });
}
