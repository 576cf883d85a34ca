// The page's data and the small helpers every part uses.
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

const symmetricTypes = new Set(view.symmetricRelations);
function isSymmetric(type) { return symmetricTypes.has(type); }
const incident = nodes.map(() => []);
edges.forEach((e, i) => { incident[placeOf.get(e.source)].push(i); if (e.source !== e.target) incident[placeOf.get(e.target)].push(i); });
