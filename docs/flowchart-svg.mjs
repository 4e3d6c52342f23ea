// @ts-check
// Draws the Mermaid `flowchart` text of `flow.toMermaid()` as an SVG, offline, for the guide
// docs/flows.md (the site is built without a browser, and Mermaid needs one to lay a graph out).
// It reads only what toMermaid() writes: `id["line<br/>line"]` and `id((label))` nodes, and
// `a --> b` / `a -->|label| b` edges. Layout: one row per distance from `start`, the end of the
// call last; edges between the same two steps share one label.
//
// `npx tsx docs/flowchart-svg.mjs` writes docs/media/flow-*.svg from the examples;
// test/docs/flow-diagrams.test.ts checks the files are what it would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHAR = 7;
const LINE = 16;
const GAP_X = 40;
const GAP_Y = 70;
const PAD = 10;

const xml = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
/** Mermaid's `#NN;` entities back to characters. */
const unentity = (/** @type {string} */ text) => text.replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

/**
 * The SVG of a flowchart written by `toMermaid()`.
 * @param {string} mermaid
 */
export function flowchartSvg(mermaid) {
  /** @type {Map<string, { lines: string[]; round: boolean; layer: number; x: number; y: number; w: number; h: number }>} */
  const nodes = new Map();
  /** @type {Map<string, { from: string; to: string; labels: string[] }>} */
  const edges = new Map();
  for (const raw of mermaid.split('\n').slice(1)) {
    const line = raw.trim();
    const edge = /^(\w+) -->(?:\|([^|]*)\|)? (\w+)$/.exec(line);
    if (edge) {
      const [, from, label, to] = /** @type {string[]} */ (edge);
      const key = `${from}>${to}`;
      const entry = edges.get(key) ?? { from: /** @type {string} */ (from), to: /** @type {string} */ (to), labels: [] };
      if (label) entry.labels.push(unentity(label));
      edges.set(key, entry);
      continue;
    }
    const node = /^(\w+)(?:\["(.*)"\]|\(\((.*)\)\))$/.exec(line);
    if (node) {
      const [, id, box, circle] = node;
      const lines = unentity(box ?? circle ?? '').split('<br/>');
      nodes.set(/** @type {string} */ (id), { lines, round: circle !== undefined, layer: -1, x: 0, y: 0, w: 0, h: 0 });
    }
  }
  // Rows: the shortest distance from start; the end of the call below everything.
  const start = nodes.get('start');
  if (start) start.layer = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const { from, to } of edges.values()) {
      const a = nodes.get(from);
      const b = nodes.get(to);
      if (a && b && a.layer >= 0 && to !== 'finish' && (b.layer < 0 || b.layer > a.layer + 1)) {
        b.layer = a.layer + 1;
        changed = true;
      }
    }
  }
  const finish = nodes.get('finish');
  const deepest = Math.max(0, ...[...nodes.values()].map((n) => n.layer));
  if (finish) finish.layer = deepest + 1;
  for (const n of nodes.values()) if (n.layer < 0) n.layer = deepest + 1;
  // Sizes, then rows centred on the widest.
  for (const n of nodes.values()) {
    n.w = n.round ? Math.max(40, n.lines[0].length * CHAR + 2 * PAD) : Math.max(...n.lines.map((l) => l.length)) * CHAR + 2 * PAD;
    n.h = n.round ? 40 : n.lines.length * LINE + PAD;
  }
  /** @type {Map<number, string[]>} */
  const rows = new Map();
  for (const [id, n] of nodes) rows.set(n.layer, [...(rows.get(n.layer) ?? []), id]);
  const rowWidth = (/** @type {string[]} */ ids) =>
    ids.reduce((sum, id) => sum + /** @type {any} */ (nodes.get(id)).w, 0) + GAP_X * (ids.length - 1);
  const width = Math.max(...[...rows.values()].map(rowWidth)) + 140;
  let y = 20;
  for (const layer of [...rows.keys()].sort((a, b) => a - b)) {
    const ids = /** @type {string[]} */ (rows.get(layer));
    let x = (width - 140 - rowWidth(ids)) / 2 + 20;
    const height = Math.max(...ids.map((id) => /** @type {any} */ (nodes.get(id)).h));
    for (const id of ids) {
      const n = /** @type {any} */ (nodes.get(id));
      n.x = Math.round(x);
      n.y = Math.round(y + (height - n.h) / 2);
      x += n.w + GAP_X;
    }
    y += height + GAP_Y;
  }
  const height = Math.round(y - GAP_Y + 20);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      'font-family="ui-monospace, Menlo, Consolas, monospace" font-size="12" role="img">',
    `<title>${xml(
      `Flow of the steps ${[...nodes.entries()]
        .filter(([, n]) => !n.round)
        .map(([, n]) => n.lines[0])
        .join(', ')}`,
    )}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
      '<path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
  ];
  const labels = [];
  for (const { from, to, labels: text } of edges.values()) {
    const a = /** @type {any} */ (nodes.get(from));
    const b = /** @type {any} */ (nodes.get(to));
    if (!a || !b) continue;
    let path;
    let lx;
    let ly;
    if (from === to) {
      // A step that comes back to itself: a loop on its right side.
      const x0 = a.x + a.w;
      path = `M${x0},${a.y + 6} C${x0 + 45},${a.y - 10} ${x0 + 45},${a.y + a.h + 10} ${x0},${a.y + a.h - 6}`;
      lx = x0 + 36;
      ly = a.y + a.h / 2;
    } else if (b.layer > a.layer) {
      const x0 = a.x + a.w / 2;
      const y0 = a.y + a.h;
      const x1 = b.x + b.w / 2;
      const y1 = b.y;
      path = `M${x0},${y0} C${x0},${y0 + 35} ${x1},${y1 - 35} ${x1},${y1}`;
      lx = (x0 + x1) / 2;
      ly = (y0 + y1) / 2;
    } else if (b.layer === a.layer) {
      // Across one row: an arc below it.
      const x0 = a.x + a.w / 2;
      const x1 = b.x + b.w / 2;
      const low = Math.max(a.y + a.h, b.y + b.h) + 30;
      path = `M${x0},${a.y + a.h} C${x0},${low} ${x1},${low} ${x1},${b.y + b.h}`;
      lx = (x0 + x1) / 2;
      ly = low - 8;
    } else {
      // Back up the rows: around the right of both boxes.
      const x0 = a.x + a.w;
      const x1 = b.x + b.w;
      const side = Math.max(x0, x1) + 60;
      path = `M${x0},${a.y + a.h / 2} C${side},${a.y + a.h / 2} ${side},${b.y + b.h / 2} ${x1},${b.y + b.h / 2}`;
      lx = side - 15;
      ly = (a.y + b.y + (a.h + b.h) / 2) / 2;
    }
    // The end of the call is drawn lighter: it is where the call goes, not a transition.
    const stroke = to === 'finish' ? 'stroke="#aab" stroke-dasharray="4 3"' : 'stroke="#555"';
    out.push(`<path d="${path}" fill="none" ${stroke} stroke-width="1.2" marker-end="url(#arrow)"/>`);
    if (text.length > 0) {
      const label = text.join(', ');
      const w = label.length * CHAR + 8;
      labels.push(
        `<rect x="${Math.round(lx - w / 2)}" y="${Math.round(ly - 9)}" width="${w}" height="16" rx="3" fill="#fff" stroke="#ddd"/>` +
          `<text x="${Math.round(lx)}" y="${Math.round(ly + 3)}" text-anchor="middle" fill="#333">${xml(label)}</text>`,
      );
    }
  }
  for (const n of nodes.values()) {
    if (n.round) {
      out.push(`<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="20" fill="#eef" stroke="#446"/>`);
      out.push(`<text x="${n.x + n.w / 2}" y="${n.y + 24}" text-anchor="middle">${xml(n.lines[0] ?? '')}</text>`);
      continue;
    }
    out.push(`<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="4" fill="#f6f8fa" stroke="#446"/>`);
    n.lines.forEach((line, i) => {
      out.push(
        `<text x="${n.x + PAD}" y="${n.y + PAD + 8 + i * LINE}"${i === 0 ? ' font-weight="bold"' : ' fill="#555"'}>${xml(line)}</text>`,
      );
    });
  }
  out.push(...labels, '</svg>', '');
  return out.join('\n');
}

/** The diagram of the guide (the PIN-to-meeting flow): file name → the flow's Mermaid text. */
export async function guideDiagrams() {
  const pin = await import('../examples/flow-pin-to-meeting.ts');
  return { 'flow-pin-to-meeting.svg': pin.pinToMeetingFlow.toMermaid() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const media = fileURLToPath(new URL('./media/', import.meta.url));
  mkdirSync(media, { recursive: true });
  for (const [file, text] of Object.entries(await guideDiagrams())) writeFileSync(`${media}${file}`, flowchartSvg(text));
}
