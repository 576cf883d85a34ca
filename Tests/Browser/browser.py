"""Headless Chromium for the viewer tests: the network off, every request recorded."""
import json
import os
import subprocess
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KG = os.environ.get("KG", os.path.join(ROOT, ".build", "debug", "kg"))


def kg(*args):
    """Runs kg; a failure shows its stderr."""
    done = subprocess.run([KG, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


class Browser:
    def __init__(self):
        options = Options()
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600,1000",
                    # Nothing resolves and nothing connects: a request that tried would fail and be recorded.
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--lang=en-US"]:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        self.seen = []

    def open(self, path):
        self.driver.get("file://" + os.path.abspath(path))
        WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
        errors = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        if errors:
            raise AssertionError(f"the page logged errors: {errors}")
        return Page(self.driver)

    def requests(self):
        """Every URL the browser has requested so far."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.seen.append(message["params"]["request"]["url"])
        return self.seen

    def quit(self):
        self.driver.quit()


class Page:
    def __init__(self, driver):
        self.driver = driver

    def run(self, script, *args):
        return self.driver.execute_script(script, *args)

    def text(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector).text

    def texts(self, selector):
        return self.run("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector)

    def click(self, selector):
        self.driver.find_element(By.CSS_SELECTOR, selector).click()

    def search(self, name):
        box = self.driver.find_element(By.ID, "kg-search")
        box.clear()
        box.send_keys(name)
        box.send_keys(Keys.ENTER)

    def panel_node(self):
        return self.run("return document.getElementById('kg-panel').dataset.nodeId || null")

    def _index(self, node_id):
        return self.run("""const d = JSON.parse(document.getElementById('kg-data').textContent);
            return d.graph.nodes.findIndex(n => n.id === arguments[0]);""", node_id)

    def click_node(self, node_id):
        # A real mouse click on the middle of the node in the drawing.
        g = self.driver.find_element(By.ID, f"kgn-{self._index(node_id)}")
        ActionChains(self.driver).move_to_element(g).click().perform()

    def click_edge(self, index):
        g = self.driver.find_element(By.ID, f"kge-{index}")
        self.run("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", g.find_element(By.CSS_SELECTOR, "path"))

    def uncheck_filter(self, value):
        self.driver.find_element(By.CSS_SELECTOR, f"#kg-filters input[data-filter='{value}']").click()

    def find_paths(self, a, b, k):
        for field, value in [("kg-path-from", a), ("kg-path-to", b), ("kg-path-k", str(k))]:
            box = self.driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(value)
        self.click("#kg-path-find")
        return [p.split(" ") for p in self.run(
            "return Array.from(document.querySelectorAll('#kg-path-result ol.kg-path')).map(o => o.dataset.nodes)")]

    def lit_nodes(self):
        return set(self.run("""const d = JSON.parse(document.getElementById('kg-data').textContent);
            return Array.from(document.querySelectorAll('g.node.kg-on')).map(g => d.graph.nodes[Number(g.dataset.kgIndex)].id);"""))

    def view_box(self):
        return [round(float(x), 3) for x in self.run("return document.querySelector('#kg-canvas svg').getAttribute('viewBox')").split()]

    def screenshot(self, path):
        time.sleep(0.2)
        self.driver.save_screenshot(path)
