#!/usr/bin/env node
// Checks a Teams app package written by `CareerBot teams-package` against Microsoft's own rules, as Teams applies them
// when the package is side-loaded: manifest.json against the Teams manifest JSON schema v1.19 and each localization
// file against its localization schema, both as shipped in npm @microsoft/app-manifest (never fetched), then what
// the schemas cannot say: every file the manifest names is in the zip, at its root; the icons are PNGs of
// 192×192 (colour) and 32×32 (outline: white on transparent); the localization files cover every language.
//
//   node package.js --package FILE.zip --app-id GUID --out DIR
//
// Prints one "ok - name" / "not ok - name" line per case; exit code 1 when any case failed.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['package', 'app-id', 'out']) {
  if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }
}
const schemas = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams/v1.19');

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}`);
    for (const line of String(e && e.message ? e.message : e).split('\n').slice(0, 15)) console.log(`#   ${line}`);
  }
}

/** The entries of a zip file, by name: read from its central directory (stored or deflated entries). */
function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = {};
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataAt, dataAt + compressed);
    if (method === 0) entries[name] = Buffer.from(data);
    else if (method === 8) entries[name] = zlib.inflateRawSync(data);
    else throw new Error(`${name}: compression method ${method}`);
    if (entries[name].length !== size) throw new Error(`${name}: ${entries[name].length} bytes, the directory says ${size}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Width, height, colour type and the RGBA pixels of an 8-bit RGBA or RGB PNG without interlacing. */
function readPng(bytes) {
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'no PNG signature');
  let at = 8;
  let header;
  const idat = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (zlib.crc32 && zlib.crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`${type}: bad CRC`);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colourType: data[9], interlace: data[12] };
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  assert.ok(header, 'no IHDR');
  assert.equal(header.depth, 8, 'bit depth');
  assert.equal(header.interlace, 0, 'interlaced');
  const channels = { 6: 4, 2: 3 }[header.colourType];
  assert.ok(channels, `colour type ${header.colourType} (expected RGBA or RGB)`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(header.width * header.height * 4);
  const previous = Buffer.alloc(stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? row[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      const p = left + up - upLeft;
      const paeth = [left, up, upLeft].sort((a, b) => Math.abs(p - a) - Math.abs(p - b))[0];
      row[x] = (row[x] + [0, left, up, (left + up) >> 1, paeth][filter]) & 0xff;
    }
    row.copy(previous);
    for (let x = 0; x < header.width; x++) {
      for (let c = 0; c < 4; c++) pixels[(y * header.width + x) * 4 + c] = c < channels ? row[x * channels + c] : 255;
    }
  }
  return { ...header, pixels };
}

function validator(file) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the localization schema's patterns are not valid in unicode mode;
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(schemas, file), 'utf8')));
}
function assertValid(validate, json, what) {
  if (!validate(json)) {
    throw new Error(`${what} breaks the schema:\n${validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n')}`);
  }
}

let entries = {};
let manifest;
check(`the package ${path.basename(args.package)} is a zip holding manifest.json at its root`, () => {
  entries = unzip(fs.readFileSync(args.package));
  fs.writeFileSync(path.join(args.out, 'package-files.txt'), Object.keys(entries).map((n) => `${n} ${entries[n].length}`).join('\n') + '\n');
  assert.ok(entries['manifest.json'], `files: ${Object.keys(entries).join(', ')}`);
  for (const name of Object.keys(entries)) assert.ok(!name.includes('/'), `${name} is not at the root of the zip`);
  manifest = JSON.parse(entries['manifest.json'].toString('utf8'));
  for (const [name, bytes] of Object.entries(entries)) fs.writeFileSync(path.join(args.out, `package-${name}`), bytes);
});

check('manifest.json is valid against the Teams manifest schema v1.19 (@microsoft/app-manifest)', () => {
  assert.ok(manifest, 'no manifest');
  assert.equal(manifest.manifestVersion, '1.19');
  assertValid(validator('MicrosoftTeams.schema.json'), manifest, 'manifest.json');
});

check('the manifest: the bot is the given app id, in personal, team and groupChat, with the commands Salary, Missions, Career paths, Help', () => {
  assert.equal(manifest.id, args['app-id']);
  const bot = manifest.bots[0];
  assert.equal(bot.botId, args['app-id']);
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  const titles = bot.commandLists.flatMap((l) => l.commands.map((c) => c.title));
  assert.deepEqual(titles, ['Salary', 'Missions', 'Career paths', 'Help']);
});

check('every localization file is in the package and valid against the Teams localization schema v1.19, in English and French', () => {
  const info = manifest.localizationInfo;
  const files = [info.defaultLanguageFile, ...info.additionalLanguages.map((l) => l.file)];
  assert.deepEqual([info.defaultLanguageTag, ...info.additionalLanguages.map((l) => l.languageTag)], ['en-us', 'fr']);
  const validate = validator('MicrosoftTeams.Localization.schema.json');
  for (const file of files) {
    assert.ok(entries[file], `${file} is named by the manifest but not in the package`);
    assertValid(validate, JSON.parse(entries[file].toString('utf8')), file);
  }
  const fr = JSON.parse(entries[files[1]].toString('utf8'));
  assert.equal(fr['bots[0].commandLists[0].commands[0].title'], 'Salaire');
  assert.match(fr['description.short'], /développeur backend/);
});

check('the colour icon is a 192×192 PNG, opaque', () => {
  const png = readPng(entries[manifest.icons.color]);
  assert.deepEqual([png.width, png.height], [192, 192]);
  for (let i = 3; i < png.pixels.length; i += 4) assert.equal(png.pixels[i], 255, 'a transparent pixel in the colour icon');
});

check('the outline icon is a 32×32 PNG, white on a transparent background', () => {
  const png = readPng(entries[manifest.icons.outline]);
  assert.deepEqual([png.width, png.height], [32, 32]);
  assert.equal(png.colourType, 6, 'the outline icon has no alpha channel');
  let transparent = 0;
  let white = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    const [r, g, b, a] = png.pixels.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else throw new Error(`pixel ${i / 4} is rgba(${r},${g},${b},${a}): only white and transparent are allowed`);
  }
  assert.ok(transparent > 0 && white > 0, `${white} white and ${transparent} transparent pixels`);
  for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) assert.equal(png.pixels[corner * 4 + 3], 0, 'a corner is not transparent');
});

console.log(`# package: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
