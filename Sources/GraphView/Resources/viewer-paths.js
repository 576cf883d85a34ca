// ---- Paths: kg path's search (GraphQuery's AdjacencyView, PathFinder and Yen), step for step. ----
// Each node's distinct neighbours under the filter, sorted, as AdjacencyView builds them.
function adjacency(kept) {
  const out = nodes.map(() => []);
  const allowed = nodes.map((n, i) => filter.types.has(n.type) || kept.includes(i));
  edges.forEach((e) => {
    if (!relationPasses(e)) return;
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
