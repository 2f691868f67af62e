// Trunk post_build hook (see Trunk.toml): writes the precache list and a content version into the
// service worker the build just copied to the staging directory (sw.js, from static/sw.js).
//
// Why at build time: a service worker is only updated when its own bytes change. Hashing every
// output file into VERSION makes any change to the app or the list bundle produce a new sw.js, so
// browsers replace their offline copy; and the precache list is exactly the files of this build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('sw-precache: TRUNK_STAGING_DIR is not set; run this as a Trunk post_build hook (trunk build).');
  process.exit(1);
}
const swPath = join(staging, 'sw.js');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Everything the widget needs, but not the service worker itself nor the host-side embed.js
// (host pages load embed.js from the network; the widget never does).
const files = walk(staging)
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && p !== 'embed.js')
  .sort();
// The reading worker is fetched only when a visitor first brings a file (src/reader.rs says why):
// not precached on install, cached when first used, and kept across updates once it has been.
const ON_DEMAND = ['reader-loader.js', 'reader.js', 'reader_bg.wasm'];
const missing = ON_DEMAND.filter((f) => !files.includes(f));
if (missing.length) {
  console.error(`sw-precache: the build lacks ${missing.join(', ')}; index.html must build the reader worker and copy static/reader-loader.js.`);
  process.exit(1);
}
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f + '\0');
  hash.update(readFileSync(join(staging, f)));
}
const version = hash.digest('hex').slice(0, 16);

let sw;
try {
  sw = readFileSync(swPath, 'utf8');
} catch (e) {
  console.error(`sw-precache: ${swPath} is missing; index.html must copy static/sw.js (<link data-trunk rel="copy-file" href="static/sw.js">).`);
  process.exit(1);
}
const versionLine = /^const VERSION = 'unbuilt';$/m;
const precacheLine = /^const PRECACHE = \[\];$/m;
const onDemandLine = /^const ON_DEMAND = \[\];$/m;
if (!versionLine.test(sw) || !precacheLine.test(sw) || !onDemandLine.test(sw)) {
  console.error(`sw-precache: ${swPath} lacks the lines "const VERSION = 'unbuilt';", "const PRECACHE = [];" and "const ON_DEMAND = [];" to fill in.`);
  process.exit(1);
}
const precache = files.filter((f) => !ON_DEMAND.includes(f));
sw = sw
  .replace(versionLine, `const VERSION = '${version}';`)
  .replace(precacheLine, `const PRECACHE = ${JSON.stringify(['./', ...precache])};`)
  .replace(onDemandLine, `const ON_DEMAND = ${JSON.stringify(ON_DEMAND)};`);
writeFileSync(swPath, sw);
console.log(`sw-precache: sw.js version ${version}, ${precache.length + 1} files to cache offline, ${ON_DEMAND.length} when first used`);
