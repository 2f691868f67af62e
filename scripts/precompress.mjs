// Trunk post_build hook (see Trunk.toml), after sw-precache.mjs: writes pre-compressed copies of
// the build's files — `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip -9) — next to each one,
// for hosts that serve them as they are (nginx `gzip_static on;` / `brotli_static on;`, Caddy
// `file_server { precompressed br gzip }`, most CDNs). A host that compresses on the fly, or none,
// ignores them: the originals stay and are what the page and the service worker ask for.
//
// A copy is written only when it saves at least 5% (the list bundle is already Zstandard inside, so
// it gets none), and every copy is checked to decompress to the original bytes.
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precompress: TRUNK_STAGING_DIR is not set; run this as a Trunk post_build hook (trunk build).');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|svg|json|bundle|txt|webmanifest)$/;
let saved = { br: 0, gz: 0 };
let written = 0;
for (const path of walk(staging)) {
  if (!COMPRESSIBLE.test(path)) continue;
  const bytes = readFileSync(path);
  const copies = [
    ['br', brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }), brotliDecompressSync],
    ['gz', gzipSync(bytes, { level: 9 }), gunzipSync],
  ];
  for (const [ext, packed, unpack] of copies) {
    if (packed.length > bytes.length * 0.95) continue;
    if (!unpack(packed).equals(bytes)) {
      console.error(`precompress: the ${ext} copy of ${relative(staging, path)} does not decompress to the original`);
      process.exit(1);
    }
    writeFileSync(`${path}.${ext}`, packed);
    saved[ext] += bytes.length - packed.length;
    written++;
  }
}
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(`precompress: ${written} copies written (.br saves ${kb(saved.br)}, .gz ${kb(saved.gz)}) in ${relative(process.cwd(), staging).split(sep).join('/') || staging}`);
