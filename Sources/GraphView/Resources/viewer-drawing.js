// ---- The drawing: kg's SVG, with anything but drawing elements and attributes removed. ----
const allowedTags = new Set(['svg', 'g', 'title', 'text', 'path', 'polygon', 'polyline', 'ellipse', 'circle', 'rect', 'line', 'a', 'tspan', 'defs']);
function sanitize(node) {
  for (const child of Array.from(node.children)) {
    if (!allowedTags.has(child.localName)) { child.remove(); continue; }
    for (const attr of Array.from(child.attributes)) {
      const n = attr.name.toLowerCase();
      if (n.startsWith('on') || n === 'href' || n.endsWith(':href') || n === 'style' && /url\(/i.test(attr.value)) child.removeAttribute(attr.name);
    }
    sanitize(child);
  }
}
const canvas = document.getElementById('kg-canvas');
const parsed = new DOMParser().parseFromString(view.svg, 'image/svg+xml').documentElement;
sanitize(parsed);
for (const attr of Array.from(parsed.attributes)) if (attr.name.toLowerCase().startsWith('on')) parsed.removeAttribute(attr.name);
const svg = document.importNode(parsed, true);
svg.removeAttribute('width'); svg.removeAttribute('height');
canvas.append(svg);
const nodeEls = new Array(nodes.length), edgeEls = new Array(edges.length);
for (const g of svg.querySelectorAll('g.node, g.edge')) {
  const m = /^kg([ne])-(\d+)$/.exec(g.id);
  if (!m) continue;
  const i = Number(m[2]);
  (m[1] === 'n' ? nodeEls : edgeEls)[i] = g;
  g.dataset.kgIndex = String(i);
  const title = g.querySelector('title');
  if (title) title.textContent = m[1] === 'n' ? label(i) : edgeTitle(i);
}
function edgeTitle(i) {
  const e = edges[i], sym = isSymmetric(e.type);
  return label(placeOf.get(e.source)) + (sym ? ' —' : ' —') + relationName(e.type) + (sym ? '— ' : '→ ') + label(placeOf.get(e.target));
}

// ---- Pan and zoom on the SVG's viewBox. ----
const home = svg.viewBox.baseVal ? [svg.viewBox.baseVal.x, svg.viewBox.baseVal.y, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height] : [0, 0, 100, 100];
let box = home.slice();
const setBox = (b) => { box = b; svg.setAttribute('viewBox', b.join(' ')); };
function fit() { setBox(home.slice()); }
function zoom(factor, cx, cy) {
  const r = canvas.getBoundingClientRect();
  const fx = cx === undefined ? 0.5 : (cx - r.left) / r.width, fy = cy === undefined ? 0.5 : (cy - r.top) / r.height;
  const w = box[2] * factor, h = box[3] * factor;
  setBox([box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h]);
}
canvas.addEventListener('wheel', (ev) => { ev.preventDefault(); zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, ev.clientX, ev.clientY); }, { passive: false });
let drag = null;
canvas.addEventListener('pointerdown', (ev) => { drag = { x: ev.clientX, y: ev.clientY, box: box.slice(), moved: false }; });
window.addEventListener('pointermove', (ev) => {
  if (!drag) return;
  const r = canvas.getBoundingClientRect(), scale = Math.max(box[2] / r.width, box[3] / r.height);
  const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
  if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add('kg-dragging'); }
  if (drag.moved) setBox([drag.box[0] - dx * scale, drag.box[1] - dy * scale, drag.box[2], drag.box[3]]);
});
window.addEventListener('pointerup', () => { setTimeout(() => { drag = null; }, 0); canvas.classList.remove('kg-dragging'); });
// Frames entities (search results, paths): their box in the SVG's own units, padded,
// shaped like the window, and never closer than a sixth of the whole drawing.
function focusOn(set) {
  const inverse = svg.getScreenCTM().inverse();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const i of set) {
    const g = nodeEls[i];
    if (!g) continue;
    const r = g.getBoundingClientRect();
    for (const [x, y] of [[r.left, r.top], [r.right, r.bottom]]) {
      const p = new DOMPoint(x, y).matrixTransform(inverse);
      x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    }
  }
  if (!isFinite(x0)) return;
  const r = canvas.getBoundingClientRect(), aspect = r.width / Math.max(1, r.height);
  let w = Math.max(x1 - x0 + 80, home[2] / 6), h = Math.max(y1 - y0 + 80, home[3] / 6);
  if (w / h < aspect) w = h * aspect; else h = w / aspect;
  setBox([(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h]);
}
const zoomBar = document.getElementById('kg-zoom');
for (const [id, text, act] of [['kg-zoom-in', '+', () => zoom(1 / 1.3)], ['kg-zoom-out', '−', () => zoom(1.3)], ['kg-fit', '⤢', fit]]) {
  const b = el('button', { id: id, type: 'button', title: t(id === 'kg-fit' ? 'ui.fit' : id === 'kg-zoom-in' ? 'ui.zoomIn' : 'ui.zoomOut'), text: text });
  b.addEventListener('click', act);
  zoomBar.append(b);
}

// ---- Highlighting. ----
function highlight(nodeSet, edgeSet) {
  svg.classList.toggle('kg-dim', nodeSet.size > 0);
  nodeEls.forEach((g, i) => g && g.classList.toggle('kg-on', nodeSet.has(i)));
  edgeEls.forEach((g, i) => g && g.classList.toggle('kg-on', edgeSet.has(i)));
}
