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
