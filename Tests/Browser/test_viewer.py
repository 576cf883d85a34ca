"""Drives graph.html in headless Chromium (Debian's chromium and chromium-driver, Selenium).

Scripts/test runs this after the Swift suite:  KG=.build/debug/kg python -m unittest -v Tests/Browser/test_viewer.py
Each page is opened from disk with the network switched off, and every request it makes is
recorded; the answers the page gives are checked against graph.json and against `kg path`.
KG_RECORD_SCREENSHOTS=1 rewrites the screenshots under Graphs/screenshots/.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from browser import Browser, KG, ROOT, kg  # noqa: E402

SMALL_DOC = os.path.join(ROOT, "Graphs", "uk-egypt-staff-talks.ar.txt")
REAL_NEWS = os.path.join(ROOT, "Tests", "ExtractionTests", "RealNews")
# The first 34 real-news excerpts make a graph of about 250 entities.
LARGE_DOCS = sorted(os.path.join(REAL_NEWS, f) for f in os.listdir(REAL_NEWS) if f.endswith(".txt"))[:34]
RECORD = os.environ.get("KG_RECORD_SCREENSHOTS") == "1"
SHOTS = os.path.join(ROOT, "Graphs", "screenshots")


def build(docs, out, *extra):
    kg("build", *docs, "-o", out, *extra)
    with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
        return json.load(f)


def kg_paths(graph_file, a, b, k):
    answer = json.loads(kg("path", a, b, "--graph", graph_file, "--json", "--k", str(k)))
    return [[h["from"]["id"] for h in p["hops"]] + [p["hops"][-1]["to"]["id"]] for p in answer["paths"]]


class ViewerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="kg-browser-")
        cls.small_dir = os.path.join(cls.work, "small")
        cls.small = build([SMALL_DOC], cls.small_dir)
        cls.small_ar_dir = os.path.join(cls.work, "small-ar")
        build([SMALL_DOC], cls.small_ar_dir, "--labels", "ar")
        cls.large_dir = os.path.join(cls.work, "large")
        cls.large = build(LARGE_DOCS, cls.large_dir)
        cls.large_ar_dir = os.path.join(cls.work, "large-ar")
        build(LARGE_DOCS, cls.large_ar_dir, "--labels", "ar")
        cls.browser = Browser()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()

    def open(self, folder):
        return self.browser.open(os.path.join(folder, "graph.html"))

    def assertOnlyLocalRequests(self):
        outside = [u for u in self.browser.requests() if not u.startswith(("file://", "data:"))]
        self.assertEqual(outside, [], "the page asked the network for something")

    def test_search_finds_arabic_and_english_names_as_kg_path_does(self):
        page = self.open(self.small_dir)
        graph_file = os.path.join(self.small_dir, "graph.json")
        for typed, other in [("المملكة المتحدة", "Egypt"), ("مملكه متحده", "Egypt"), ("united kingdom", "Egypt"),
                             ("Libya", "Egypt"), ("ليبيا", "Egypt"), ("الْعِرَاق", "Egypt"), ("Sandhurst", "Egypt"),
                             ("ISIS", "Egypt"), ("Daesh", "Egypt")]:
            expected = json.loads(kg("path", typed, other, "--graph", graph_file, "--json"))["from"]["id"]
            page.search(typed)
            self.assertEqual(page.panel_node(), expected, f"searching {typed!r}")
        page.search("Atlantis")
        self.assertIn("Atlantis", page.text("#kg-message"))
        self.assertOnlyLocalRequests()

    def test_search_keys_equal_kgs_keys_for_every_name(self):
        # The page keys text with the table Swift exported; every name must land on its own node.
        page = self.open(self.large_dir)
        misses = page.run("""
            const d = JSON.parse(document.getElementById('kg-data').textContent), out = [];
            d.graph.nodes.forEach((n, i) => {
              for (const name of [n.label, n.names && n.names.en, n.names && n.names.ar].concat(n.aliases || []).filter(x => x)) {
                const list = d.view.exactKeys[window.kgViewer.key(name)] || [];
                if (!list.includes(i)) out.push(name);
              }
            });
            return out;""")
        self.assertEqual(misses, [])
        self.assertGreater(len(self.large["nodes"]), 240)

    def test_clicking_a_node_lists_its_evidence_exactly_as_graph_json(self):
        page = self.open(self.small_dir)
        node = "Q145"
        page.click_node(node)
        self.assertEqual(page.panel_node(), node)
        expected = [v["text"] for e in self.small["edges"] if node in (e["source"], e["target"]) for v in e["evidence"]]
        self.assertGreater(len(expected), 3)
        self.assertEqual(page.texts("#kg-panel .kg-sentence"), expected)
        marked = page.texts("#kg-panel .kg-sentence mark")
        triggers = [v["trigger"]["text"] for e in self.small["edges"] if node in (e["source"], e["target"])
                    for v in e["evidence"] if v.get("trigger")]
        self.assertEqual(marked, triggers)
        # Its neighbours stay lit, the rest is faded.
        lit = set(page.run("return Array.from(document.querySelectorAll('g.node.kg-on')).map(g => g.dataset.kgIndex)"))
        ids = [n["id"] for n in self.small["nodes"]]
        neighbours = {node} | {e["source"] for e in self.small["edges"] if e["target"] == node} | {e["target"] for e in self.small["edges"] if e["source"] == node}
        self.assertEqual({ids[int(i)] for i in lit}, neighbours)

    def test_clicking_an_edge_shows_its_sentences_rule_and_trigger(self):
        page = self.open(self.large_dir)
        index = max(range(len(self.large["edges"])), key=lambda i: len(self.large["edges"][i]["evidence"]))
        edge = self.large["edges"][index]
        page.click_edge(index)
        self.assertEqual(page.texts("#kg-panel .kg-sentence"), [v["text"] for v in edge["evidence"]])
        meta = " ".join(page.texts("#kg-panel .kg-meta"))
        for v in edge["evidence"]:
            self.assertIn(v["document"], meta)
            if v.get("rule"):
                self.assertIn(v["rule"], meta)

    def test_path_finder_answers_as_kg_path(self):
        graph_file = os.path.join(self.large_dir, "graph.json")
        page = self.open(self.large_dir)
        pairs = [("United Kingdom", "Iraq"), ("Hezbollah", "Yemen"), ("France", "Iraq"), ("Iran", "Somalia"), ("الولايات المتحدة", "حزب الله")]
        for a, b in pairs:
            for k in (1, 3):
                expected = kg_paths(graph_file, a, b, k)
                self.assertEqual(page.find_paths(a, b, k), expected, f"{a} → {b}, k={k}")
                lit = page.lit_nodes()
                self.assertEqual(lit, {v for p in expected for v in p})
        # Where kg path finds nothing, neither does the page, and it says so.
        done = subprocess.run([KG, "path", "Russia", "Sudan", "--graph", graph_file], capture_output=True, text=True)
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertIn("no path", done.stderr)
        self.assertEqual(page.find_paths("Russia", "Sudan", 1), [])
        self.assertIn("No path between Russia and Sudan", page.text("#kg-path-result"))
        self.assertOnlyLocalRequests()

    def test_relation_filter_applies_to_drawing_and_paths(self):
        graph_file = os.path.join(self.large_dir, "graph.json")
        page = self.open(self.large_dir)
        page.uncheck_filter("opposes")
        hidden = page.run("return document.querySelectorAll('g.edge.kg-hidden').length")
        self.assertEqual(hidden, sum(1 for e in self.large["edges"] if e["type"] == "opposes"))
        kept = ",".join(sorted({e["type"] for e in self.large["edges"]} - {"opposes"}))
        answer = json.loads(kg("path", "Israel", "Yemen", "--graph", graph_file, "--json", "--k", "2", "--relations", kept))
        expected = [[h["from"]["id"] for h in p["hops"]] + [p["hops"][-1]["to"]["id"]] for p in answer["paths"]]
        self.assertEqual(page.find_paths("Israel", "Yemen", 2), expected)

    def test_zoom_buttons_and_fit(self):
        page = self.open(self.small_dir)
        home = page.view_box()
        page.click("#kg-zoom-in")
        zoomed = page.view_box()
        self.assertLess(zoomed[2], home[2])
        page.click("#kg-fit")
        self.assertEqual(page.view_box(), home)

    def test_arabic_interface(self):
        page = self.open(self.large_ar_dir)
        self.assertEqual(page.run("return document.documentElement.dir"), "rtl")
        self.assertEqual(page.run("return document.getElementById('kg-search').placeholder"), "ابحث عن كيان (بالعربية أو الإنجليزية)")
        labels = page.texts("#kg-filters label")
        self.assertIn("مواجهة", labels)
        self.assertIn("دولة", labels)
        page.search("Iraq")
        self.assertEqual(page.panel_node(), "Q796")
        self.assertIn("النوع: دولة", page.texts("#kg-panel p"))
        # An Arabic sentence keeps its final full stop at its end: it is laid out right to left.
        direction = page.run("""
            const p = Array.from(document.querySelectorAll('#kg-panel .kg-sentence')).find(p => /[\\u0600-\\u06FF]/.test(p.textContent[0]));
            return p ? getComputedStyle(p).direction : null;""")
        self.assertEqual(direction, "rtl")
        # Dates and relation names are Arabic too: the agreement of 17 December.
        page = self.open(self.small_ar_dir)
        page.search("مصر")
        self.assertIn("التاريخ: 17 ديسمبر", page.texts("#kg-panel .kg-meta"))
        self.assertIn("مصر—اتفاق—ليبيا", page.texts("#kg-panel .kg-link"))
        self.assertOnlyLocalRequests()

    def test_large_page_is_small_and_quick(self):
        size = os.path.getsize(os.path.join(self.large_dir, "graph.html"))
        page = self.open(self.large_dir)
        ready = page.run("return window.kgViewer.readyMs")
        print(f"\n  {len(self.large['nodes'])}-node graph.html: {size / 1e6:.2f} MB, interactive {ready:.0f} ms after navigation", file=sys.stderr)
        self.assertLess(size, 2_000_000)
        self.assertLess(ready, 1000)

    def test_screenshots(self):
        folder = SHOTS if RECORD else tempfile.mkdtemp(prefix="kg-shots-")
        os.makedirs(folder, exist_ok=True)
        for name, source, search in [("small-en", self.small_dir, "Egypt"), ("small-ar", self.small_ar_dir, "مصر"),
                                     ("large-en", self.large_dir, "Iraq"), ("large-ar", self.large_ar_dir, "العراق")]:
            page = self.open(source)
            page.search(search)
            self.assertTrue(page.panel_node())
            path = os.path.join(folder, f"viewer-{name}.png")
            page.screenshot(path)
            self.assertGreater(os.path.getsize(path), 20_000)


class HostileLabelTests(unittest.TestCase):
    """Labels that would run script if the page parsed them as HTML are shown as text."""

    HOSTILE = ["<script>window.__pwned = 1</script>", "\"><img src=x onerror=\"window.__pwned = 2\">",
               "javascript:window.__pwned=3", "</script><script>window.__pwned = 4</script>", "bell\u0007and\u001bescape",
               "<svg onload=\"window.__pwned = 5\">"]

    def test_hostile_labels_are_text(self):
        work = tempfile.mkdtemp(prefix="kg-hostile-")
        nodes = [{"id": f"n{i}", "label": text, "type": "organization", "names": {"en": text}, "aliases": [text]}
                 for i, text in enumerate(self.HOSTILE)]
        edges = [{"source": "n0", "type": "cooperation", "target": f"n{i}",
                  "evidence": [{"document": "<b>doc</b>.txt", "sentence": 1, "start": 0, "end": len(text), "text": text,
                                "rule": "<i>rule</i>"}]}
                 for i, text in enumerate(self.HOSTILE) if i > 0]
        graph_file = os.path.join(work, "graph.json")
        with open(graph_file, "w", encoding="utf-8") as f:
            json.dump({"nodes": nodes, "edges": edges}, f)
        html = os.path.join(work, "graph.html")
        kg("view", graph_file, "-o", html)
        browser = Browser()
        try:
            page = browser.open(html)
            page.click_node("n0")
            self.assertIsNone(page.run("return window.__pwned === undefined ? null : window.__pwned"))
            self.assertEqual(page.run("return document.querySelectorAll('img, iframe, object, embed').length"), 0)
            self.assertEqual(page.run("return document.scripts.length"), 2)
            shown = page.texts("#kg-panel .kg-sentence")
            self.assertEqual(shown, [e["evidence"][0]["text"] for e in edges])
            page.search("javascript")
            self.assertEqual(page.panel_node(), "n2")
            self.assertEqual(page.text("#kg-panel h2"), "javascript:window.__pwned=3")
            self.assertEqual([u for u in browser.requests() if not u.startswith(("file://", "data:"))], [])
        finally:
            browser.quit()


if __name__ == "__main__":
    unittest.main(verbosity=2)
