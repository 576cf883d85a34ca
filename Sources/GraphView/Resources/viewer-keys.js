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
// Exact key, then without articles, then the gazetteer's other names (ISIS, داعش), then names
// whose words start with every word typed: kg path's order.
function resolve(text) {
  if (placeOf.has(text)) return [placeOf.get(text)];
  const k = key(text), b = dropArticles(k);
  for (const found of [view.exactKeys[k], [].concat(view.bareKeys[b] || [], view.exactKeys[b] || []), view.knownKeys[k]]) {
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
