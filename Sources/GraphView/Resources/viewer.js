// kg's HTML view. Everything it shows comes from the JSON in #kg-data: the graph as
// graph.json holds it, the Graphviz drawing, and the name keys and key rules kg computed.
// Text is only ever set with textContent, never parsed as HTML.
(function () {
  'use strict';
  const started = performance.now();
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const graph = data.graph, view = data.view;
  const nodes = graph.nodes, edges = graph.edges;
  const placeOf = new Map(nodes.map((n, i) => [n.id, i]));
  const arabic = view.language === 'ar';

  function t(key, values) {
    let s = Object.prototype.hasOwnProperty.call(view.text, key) ? view.text[key] : key;
    for (const name of Object.keys(values || {})) s = s.split('{' + name + '}').join(String(values[name]));
    return s;
  }
  const relationName = (r) => (arabic ? t('relation.' + r) : r);
  const typeName = (ty) => (arabic ? t('type.' + ty) : ty);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v; else if (k === 'class') e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  // A name or sentence in its own direction, isolated from the text around it.
  const bdi = (text) => el('bdi', { text: text });
  const label = (i) => {
    const n = nodes[i];
    return (arabic ? n.names && n.names.ar : n.names && n.names.en) || n.label;
  };

  // ---- Name keys: kg's own table applied, then looked up in kg's own keys. ----
  const keyMap = new Map(view.normalization.map.map(([cp, r]) => [cp, r]));
  const separators = view.normalization.separators;
  const keptBetweenDigits = new Set(view.normalization.keptBetweenDigits);
  const isSeparator = (cp) => separators.some(([lo, hi]) => cp >= lo && cp <= hi);
  const isDigit = (cp) => cp >= 0x30 && cp <= 0x39;
  function key(text) {
    const mapped = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      const r = keyMap.has(cp) ? keyMap.get(cp) : ch;
      for (const c of r) mapped.push(c.codePointAt(0));
    }
    let out = '', pending = false;
    mapped.forEach((cp, i) => {
      const inNumber = keptBetweenDigits.has(cp) && i > 0 && i + 1 < mapped.length && isDigit(mapped[i - 1]) && isDigit(mapped[i + 1]);
      if (isSeparator(cp) && !inNumber) { pending = out.length > 0; return; }
      if (pending) out += ' ';
      pending = false;
      out += String.fromCodePoint(cp);
    });
    return out;
  }
  function dropArticles(k) {
    const a = view.articles;
    let words = k.split(' ').map((w) => (w.startsWith(a.prefix) && Array.from(w).length >= a.shortestWord ? w.slice(a.prefix.length) : w));
    if (words.length > 1 && words[0] === a.leadingWord) words = words.slice(1);
    return words.join(' ');
  }
  const allKeys = [];
  for (const table of [view.exactKeys, view.bareKeys]) for (const [k, list] of Object.entries(table)) allKeys.push([k, list]);
  // Exact key, then without articles, then names whose words start with every word typed.
  function resolve(text) {
    if (placeOf.has(text)) return [placeOf.get(text)];
    const k = key(text), b = dropArticles(k);
    for (const found of [view.exactKeys[k], [].concat(view.bareKeys[b] || [], view.exactKeys[b] || [])]) {
      if (found && found.length) return Array.from(new Set(found)).sort((x, y) => x - y);
    }
    return candidates(text);
  }
  function candidates(text) {
    const words = dropArticles(key(text)).split(' ').filter((w) => w);
    if (!words.length) return [];
    const found = new Set();
    for (const [k, list] of allKeys) {
      const have = dropArticles(k).split(' ');
      if (words.every((w) => have.some((h) => h.startsWith(w)))) list.forEach((v) => found.add(v));
    }
    return Array.from(found).sort((x, y) => x - y);
  }

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
  const symmetricTypes = new Set(view.symmetricRelations);
  function isSymmetric(type) { return symmetricTypes.has(type); }
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

  // ---- Filters: relation type, node type, document, minimum evidence. ----
  const filter = { relations: new Set(edges.map((e) => e.type)), types: new Set(nodes.map((n) => n.type)), document: '', minEvidence: 0 };
  const documents = Array.from(new Set([].concat(...edges.map((e) => e.evidence.map((v) => v.document)), ...nodes.map((n) => (n.mentions || []).map((m) => m.document))))).sort();
  function edgePasses(i) {
    const e = edges[i];
    if (!filter.relations.has(e.type) || e.evidence.length < filter.minEvidence) return false;
    if (filter.document && !e.evidence.some((v) => v.document === filter.document)) return false;
    return filter.types.has(nodes[placeOf.get(e.source)].type) && filter.types.has(nodes[placeOf.get(e.target)].type);
  }
  function nodePasses(i) {
    const n = nodes[i];
    return filter.types.has(n.type) && (!filter.document || (n.mentions || []).some((m) => m.document === filter.document));
  }
  function applyFilters() {
    nodeEls.forEach((g, i) => g && g.classList.toggle('kg-hidden', !nodePasses(i)));
    edgeEls.forEach((g, i) => g && g.classList.toggle('kg-hidden', !edgePasses(i)));
  }
  function buildFilters() {
    const box = document.getElementById('kg-filters');
    box.append(el('h2', { text: t('ui.filters') }));
    const group = (title, values, set, swatch, name) => {
      box.append(el('h3', { text: title }));
      for (const v of values) {
        const c = el('input', { type: 'checkbox', 'data-filter': v });
        c.checked = true;
        c.addEventListener('change', () => { if (c.checked) set.add(v); else set.delete(v); applyFilters(); });
        const sw = el('span', { class: 'kg-swatch' });
        sw.style.background = swatch[v];
        box.append(el('label', {}, c, sw, name(v)));
      }
    };
    group(t('ui.relations'), Array.from(filter.relations).sort(), filter.relations, view.relationColors, relationName);
    group(t('ui.nodeTypes'), Array.from(filter.types).sort(), filter.types, view.nodeColors, typeName);
    const sel = el('select', { id: 'kg-document' }, el('option', { value: '', text: t('ui.allDocuments') }));
    for (const d of documents) sel.append(el('option', { value: d, text: d }));
    sel.addEventListener('change', () => { filter.document = sel.value; applyFilters(); });
    box.append(el('h3', { text: t('ui.document') }), sel);
    const min = el('input', { id: 'kg-min-evidence', type: 'number', min: '0', value: '0' });
    min.addEventListener('input', () => { filter.minEvidence = Math.max(0, Number(min.value) || 0); applyFilters(); });
    box.append(el('h3', { text: t('ui.minEvidence') }), min);
  }

  // ---- Highlighting. ----
  function highlight(nodeSet, edgeSet) {
    svg.classList.toggle('kg-dim', nodeSet.size > 0);
    nodeEls.forEach((g, i) => g && g.classList.toggle('kg-on', nodeSet.has(i)));
    edgeEls.forEach((g, i) => g && g.classList.toggle('kg-on', edgeSet.has(i)));
  }
  const incident = nodes.map(() => []);
  edges.forEach((e, i) => { incident[placeOf.get(e.source)].push(i); if (e.source !== e.target) incident[placeOf.get(e.target)].push(i); });

  // ---- The panel: a node's names and relations, or an edge's evidence. ----
  const panel = document.getElementById('kg-panel');
  function details(e) {
    const a = e.attributes || {}, parts = [];
    if (a.amount) parts.push(t('ui.amount') + ': ' + amountText(a.amount));
    if (a.role) parts.push(t('ui.role') + ': ' + (arabic && view.text['role.' + a.role] || a.role));
    if (a.date) parts.push(t('ui.date') + ': ' + dateText(a.date));
    return parts.join(' · ');
  }
  function amountText(m) {
    const v = m.value, num = (x) => String(Math.round(x * 100) / 100);
    if (Math.abs(v) >= 1e9) return t('amount.billion', { value: num(v / 1e9), currency: m.currency });
    if (Math.abs(v) >= 1e6) return t('amount.million', { value: num(v / 1e6), currency: m.currency });
    return v + ' ' + m.currency;
  }
  function dateText(d) {
    if (!arabic) return d;
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
    if (m) return (m[3] ? Number(m[3]) + ' ' : '') + t('month.' + Number(m[2])) + ' ' + m[1];
    return d.split(' ').map((w) => (Object.prototype.hasOwnProperty.call(view.dateWords, w) ? view.dateWords[w] : w)).join(' ');
  }
  // One evidence sentence with its trigger marked, then where it comes from.
  function evidenceItem(v) {
    const p = el('p', { class: 'kg-sentence', dir: 'auto' });
    const chars = Array.from(v.text);
    const tr = v.trigger;
    const at = tr ? tr.start - v.start : -1, to = tr ? tr.end - v.start : -1;
    if (tr && at >= 0 && to <= chars.length && chars.slice(at, to).join('') === tr.text) {
      p.append(chars.slice(0, at).join(''), el('mark', { text: tr.text }), chars.slice(to).join(''));
    } else {
      p.textContent = v.text;
    }
    const meta = [[v.document], [t('ui.sentence', { n: v.sentence })], [v.start + '–' + v.end]];
    if (tr) meta.push([t('ui.trigger') + ': ', tr.text]);
    if (v.rule) meta.push([t('ui.rule') + ': ', v.rule]);
    // Each piece isolated, so offsets and rule ids read left to right in an Arabic panel.
    const line = el('p', { class: 'kg-meta' });
    meta.forEach((parts, i) => { if (i) line.append(' · '); line.append(parts.length > 1 ? parts[0] : '', bdi(parts[parts.length - 1])); });
    return [p, line];
  }
  function entityButton(i) {
    const b = el('button', { type: 'button', class: 'kg-entity', 'data-node-id': nodes[i].id }, bdi(label(i)));
    b.addEventListener('click', () => selectNode(i));
    return b;
  }
  function linkBlock(i, from) {
    const e = edges[i], s = placeOf.get(e.source), g = placeOf.get(e.target);
    const back = from === g && from !== s;
    const [a, b] = back ? [g, s] : [s, g];
    // Right to left, the next entity stands to the left: the arrows turn with the text.
    const ahead = arabic ? '←' : '→', behind = arabic ? '→' : '←';
    const arrow = isSymmetric(e.type) ? ['—', '—'] : back ? [behind, '—'] : ['—', ahead];
    const head = el('button', { type: 'button', class: 'kg-relation', 'data-edge': String(i) }, arrow[0] + relationName(e.type) + arrow[1]);
    head.addEventListener('click', () => selectEdge(i));
    const block = el('div', { class: 'kg-edge-block', 'data-edge': String(i) }, el('p', { class: 'kg-link' }, entityButton(a), head, entityButton(b)));
    const d = details(e);
    if (d) block.append(el('p', { class: 'kg-meta', text: d }));
    if (!e.evidence.length) block.append(el('p', { class: 'kg-meta', text: t('ui.noEvidence') }));
    for (const v of e.evidence) block.append(...evidenceItem(v));
    return block;
  }
  function selectNode(i) {
    const n = nodes[i];
    panel.replaceChildren();
    panel.dataset.nodeId = n.id;
    delete panel.dataset.edge;
    panel.append(el('h2', {}, bdi(label(i))));
    const names = Array.from(new Set([n.label, n.names && n.names.en, n.names && n.names.ar].concat(n.aliases || []).filter((x) => x)));
    panel.append(el('p', {}, t('ui.type') + ': ' + typeName(n.type)));
    if (n.wikidata) panel.append(el('p', {}, t('ui.wikidata') + ': ' + n.wikidata));
    const list = el('ul', { class: 'kg-names' });
    for (const name of names) list.append(el('li', {}, bdi(name)));
    panel.append(el('h3', { text: t('ui.names') }), list);
    panel.append(el('p', { class: 'kg-meta', text: t('ui.mentions') + ': ' + (n.mentions || []).length }));
    panel.append(el('h3', { text: t('ui.edges') }));
    const near = new Set([i]), lit = new Set();
    for (const e of incident[i]) {
      lit.add(e); near.add(placeOf.get(edges[e].source)); near.add(placeOf.get(edges[e].target));
      panel.append(linkBlock(e, i));
    }
    nodeEls.forEach((g, j) => g && g.classList.toggle('kg-selected', j === i));
    highlight(near, lit);
    return near;
  }
  function selectEdge(i) {
    const e = edges[i];
    panel.replaceChildren();
    panel.dataset.edge = String(i);
    delete panel.dataset.nodeId;
    panel.append(el('h2', { text: relationName(e.type) }), linkBlock(i, placeOf.get(e.source)));
    highlight(new Set([placeOf.get(e.source), placeOf.get(e.target)]), new Set([i]));
  }
  svg.addEventListener('click', (ev) => {
    if (drag && drag.moved) return;
    const g = ev.target.closest('g.node, g.edge');
    if (!g || g.dataset.kgIndex === undefined) return;
    const i = Number(g.dataset.kgIndex);
    if (g.classList.contains('node')) selectNode(i); else selectEdge(i);
  });

  // ---- Search. ----
  const search = document.getElementById('kg-search'), matches = document.getElementById('kg-matches');
  const message = document.getElementById('kg-message');
  search.placeholder = t('ui.search');
  search.setAttribute('aria-label', t('ui.search'));
  function showMatches(list) {
    matches.replaceChildren();
    list.slice(0, 30).forEach((v, k) => {
      const li = el('li', { role: 'option', 'data-node-id': nodes[v].id, 'aria-selected': k === 0 ? 'true' : 'false' }, bdi(label(v)), ' · ' + typeName(nodes[v].type));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(v); });
      matches.append(li);
    });
    matches.hidden = list.length === 0;
  }
  function choose(v) {
    matches.hidden = true; message.textContent = ''; search.value = label(v);
    fit();
    focusOn(selectNode(v));
  }
  search.addEventListener('input', () => { message.textContent = ''; showMatches(search.value.trim() ? resolveAll(search.value) : []); });
  function resolveAll(text) { const exact = resolve(text); return exact.length ? Array.from(new Set(exact.concat(candidates(text)))) : []; }
  search.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const found = resolve(search.value.trim());
    if (found.length === 1) choose(found[0]);
    else if (found.length > 1) { message.textContent = t('ui.ambiguous', { query: search.value.trim() }); showMatches(found); }
    else { matches.hidden = true; message.textContent = t('ui.noMatch', { query: search.value.trim() }); }
  });
  search.addEventListener('blur', () => { matches.hidden = true; });

  // ---- Paths: kg path's search (GraphQuery's AdjacencyView, PathFinder and Yen), step for step. ----
  // Each node's distinct neighbours under the filter, sorted, as AdjacencyView builds them.
  function adjacency(kept) {
    const out = nodes.map(() => []);
    const allowed = nodes.map((n, i) => filter.types.has(n.type) || kept.includes(i));
    edges.forEach((e, i) => {
      if (!filter.relations.has(e.type) || e.evidence.length < filter.minEvidence) return;
      if (filter.document && !e.evidence.some((v) => v.document === filter.document)) return;
      const s = placeOf.get(e.source), g = placeOf.get(e.target);
      if (!allowed[s] || !allowed[g]) return;
      out[s].push(g); if (s !== g) out[g].push(s);
    });
    return out.map((l) => Array.from(new Set(l)).sort((a, b) => a - b));
  }
  // Bidirectional breadth-first search; the smaller frontier grows first, ties forward.
  function bidirectional(adj, source, target, maxHops, banned, bannedFirst) {
    if (source === target) return [source];
    if (maxHops < 1) return null;
    const seenF = new Map([[source, -1]]), seenB = new Map([[target, -1]]);
    const depthF = new Map([[source, 0]]), depthB = new Map([[target, 0]]);
    let qF = [source], qB = [target], df = 0, db = 0, best = Infinity, meetF = -1, meetB = -1;
    while (qF.length && qB.length && df + db < maxHops) {
      if (qF.length <= qB.length) {
        const next = [];
        for (const u of qF) for (const v of adj[u]) {
          if (seenF.has(v) || banned.has(v) || (u === source && bannedFirst.includes(v))) continue;
          if (seenB.has(v)) { const total = df + 1 + depthB.get(v); if (total < best) { best = total; meetF = u; meetB = v; } continue; }
          seenF.set(v, u); depthF.set(v, df + 1); next.push(v);
        }
        qF = next; df += 1;
      } else {
        const next = [];
        for (const u of qB) for (const v of adj[u]) {
          if (seenB.has(v) || banned.has(v) || (v === source && bannedFirst.includes(u))) continue;
          if (seenF.has(v)) { const total = depthF.get(v) + 1 + db; if (total < best) { best = total; meetF = v; meetB = u; } continue; }
          seenB.set(v, u); depthB.set(v, db + 1); next.push(v);
        }
        qB = next; db += 1;
      }
      if (best !== Infinity) break;
    }
    if (best === Infinity || best > maxHops) return null;
    const path = [];
    for (let x = meetF; x >= 0; x = seenF.get(x)) path.push(x);
    path.reverse();
    for (let x = meetB; x >= 0; x = seenB.get(x)) path.push(x);
    return path;
  }
  const shorter = (a, b) => {
    if (a.length !== b.length) return a.length < b.length;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  function shortestPaths(source, target, k, maxHops) {
    const adj = adjacency([source, target]);
    const first = bidirectional(adj, source, target, maxHops, new Set(), []);
    if (!first) return [];
    const accepted = [first], candidates = [], known = new Set([first.join(',')]);
    while (accepted.length < k) {
      const previous = accepted[accepted.length - 1];
      for (let j = 0; j < previous.length - 1; j++) {
        const spur = previous[j], root = previous.slice(0, j + 1), hopsLeft = maxHops - j;
        if (hopsLeft < 1) break;
        const bannedFirst = accepted.filter((p) => p.length > j + 1 && p.slice(0, j + 1).join(',') === root.join(',')).map((p) => p[j + 1]);
        const spurPath = bidirectional(adj, spur, target, hopsLeft, new Set(root.slice(0, -1)), bannedFirst);
        if (!spurPath) continue;
        const candidate = root.slice(0, -1).concat(spurPath);
        if (!known.has(candidate.join(','))) { known.add(candidate.join(',')); candidates.push(candidate); }
      }
      if (!candidates.length) break;
      let bi = 0;
      for (let c = 1; c < candidates.length; c++) if (shorter(candidates[c], candidates[bi])) bi = c;
      accepted.push(candidates.splice(bi, 1)[0]);
    }
    return accepted;
  }
  // The edges joining two entities that the filter lets through, in edge order.
  function links(a, b) {
    return incident[a].filter((e) => {
      const x = placeOf.get(edges[e].source), y = placeOf.get(edges[e].target);
      return ((x === a && y === b) || (x === b && y === a)) && edgePasses(e);
    });
  }
  function buildPathFinder() {
    const box = document.getElementById('kg-pathfinder');
    const from = el('input', { id: 'kg-path-from', type: 'text', placeholder: t('ui.from'), 'aria-label': t('ui.from') });
    const to = el('input', { id: 'kg-path-to', type: 'text', placeholder: t('ui.to'), 'aria-label': t('ui.to') });
    const k = el('input', { id: 'kg-path-k', type: 'number', min: '1', max: '20', value: '1' });
    const go = el('button', { id: 'kg-path-find', type: 'button', text: t('ui.find') });
    const result = el('div', { id: 'kg-path-result' });
    box.append(el('h2', { text: t('ui.paths') }), from, to, el('label', {}, t('ui.k') + ' ', k), ' ', go, result);
    go.addEventListener('click', () => {
      result.replaceChildren();
      const ends = [from.value.trim(), to.value.trim()].map(resolve);
      for (const [i, found] of ends.entries()) {
        const name = [from, to][i].value.trim();
        if (found.length !== 1) { result.append(el('p', { class: 'kg-meta', text: t(found.length ? 'ui.ambiguous' : 'ui.noMatch', { query: name }) })); return; }
      }
      const [a, b] = [ends[0][0], ends[1][0]];
      if (a === b) { result.append(el('p', { class: 'kg-meta', text: t('ui.samePath', { from: from.value.trim(), to: to.value.trim() }) })); return; }
      const paths = shortestPaths(a, b, Math.max(1, Math.min(20, Number(k.value) || 1)), view.maxHops);
      if (!paths.length) { result.append(el('p', { class: 'kg-meta', text: t('ui.noPath', { from: label(a), to: label(b), hops: view.maxHops }) })); highlight(new Set(), new Set()); return; }
      const litNodes = new Set(), litEdges = new Set();
      paths.forEach((path, n) => {
        const title = paths.length > 1 ? t('ui.pathOf', { i: n + 1, n: paths.length, hops: path.length - 1 }) : t('ui.hops', { hops: path.length - 1 });
        const list = el('ol', { class: 'kg-path', 'data-nodes': path.map((v) => nodes[v].id).join(' ') });
        path.forEach((v) => litNodes.add(v));
        for (let h = 0; h + 1 < path.length; h++) {
          const item = el('li', {});
          for (const e of links(path[h], path[h + 1])) { litEdges.add(e); item.append(linkBlock(e, path[h])); }
          list.append(item);
        }
        result.append(el('h3', { text: title }), list);
      });
      highlight(litNodes, litEdges);
      fit();
      focusOn(litNodes);
    });
  }

  buildPathFinder();
  buildFilters();
  panel.append(el('p', { class: 'kg-meta', text: t('ui.help') }));
  fit();
  if (view.highlight.length) highlight(new Set(view.highlight), new Set(edges.map((e, i) => i).filter((i) => view.highlight.includes(placeOf.get(edges[i].source)) && view.highlight.includes(placeOf.get(edges[i].target)))));
  window.kgViewer = { ready: true, readyMs: performance.now(), scriptMs: performance.now() - started, resolve: resolve, key: key, nodeCount: nodes.length };
  document.body.dataset.ready = 'true';
})();
