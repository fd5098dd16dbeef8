// Writes the Brotli (quality 11) and gzip (level 9) copies of a script CareerBot serves to browsers accepting them (Web
// Chat's bundle, the operator page's Chart.js): node compress.mjs SOURCE TARGET writes TARGET.br and TARGET.gz. Run by
// WebChat.targets and Admin/Admin.targets at build time, once per file (Node's own zlib: nothing to install).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [source, target] = process.argv.slice(2);
const input = readFileSync(source);
const brotli = brotliCompressSync(input, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
  },
});
const gzip = gzipSync(input, { level: 9 });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(`${target}.br`, brotli);
writeFileSync(`${target}.gz`, gzip);
const kb = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
console.log(`  ${basename(source)} ${kb(input.length)}: Brotli ${kb(brotli.length)}, gzip ${kb(gzip.length)}`);
