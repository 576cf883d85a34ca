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
