// ---- Filters: relation type, node type, document, minimum evidence. ----
const filter = { relations: new Set(edges.map((e) => e.type)), types: new Set(nodes.map((n) => n.type)), document: '', minEvidence: 0 };
// Every document named by evidence or a mention (gathered in a loop: spreading a large
// graph's lists into one call would pass more arguments than a call takes).
const documents = (() => {
  const seen = new Set();
  for (const e of edges) for (const v of e.evidence) seen.add(v.document);
  for (const n of nodes) for (const m of n.mentions || []) seen.add(m.document);
  return Array.from(seen).sort();
})();
// The edge's own filters: relation, evidence count, document.
function relationPasses(e) {
  if (!filter.relations.has(e.type) || e.evidence.length < filter.minEvidence) return false;
  return !filter.document || e.evidence.some((v) => v.document === filter.document);
}
function edgePasses(i) {
  const e = edges[i];
  return relationPasses(e) && filter.types.has(nodes[placeOf.get(e.source)].type) && filter.types.has(nodes[placeOf.get(e.target)].type);
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
