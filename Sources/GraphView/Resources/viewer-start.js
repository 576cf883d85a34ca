// Builds the controls and says the page is ready.
buildPathFinder();
buildFilters();
panel.append(el('p', { class: 'kg-meta', text: t('ui.help') }));
fit();
if (view.highlight.length) highlight(new Set(view.highlight), new Set(edges.map((e, i) => i).filter((i) => view.highlight.includes(placeOf.get(edges[i].source)) && view.highlight.includes(placeOf.get(edges[i].target)))));
window.kgViewer = { ready: true, readyMs: performance.now(), scriptMs: performance.now() - started, resolve: resolve, key: key, nodeCount: nodes.length };
document.body.dataset.ready = 'true';
