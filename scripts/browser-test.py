#!/usr/bin/env python3
"""Browser test of the workbench (docs/server.md): headless Chromium driven by Selenium opens the scenario list,
edits a scenario, sees a validation error appear and disappear, adds a block with the instrument form, runs it,
finds the report's charts and the download links on the result page, and the validation page's tables.

    scripts/browser-test.py BALLOON_BINARY [--screenshots DIR]

Starts `BALLOON_BINARY serve` on a free loopback port with a temporary store, and stops it at the end.
"""
import os, socket, subprocess, sys, tempfile, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    binary = sys.argv[1]
    shots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
    folder = tempfile.mkdtemp(prefix="balloon-browser-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--store", folder + "/runs.sqlite",
                               "--files", folder + "/files"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/scenarios", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        options = webdriver.ChromeOptions()
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(driver, 60)
        try:
            driver.get(base + "/")
            assert "plan-peru" in driver.find_element(By.ID, "scenarios").text
            if shots: driver.save_screenshot(shots + "/1-scenarios.png")
            driver.find_element(By.LINK_TEXT, "plan-peru").click()
            wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "Valid"))
            area = driver.find_element(By.ID, "toml")
            original = area.get_attribute("value")
            broken = original.replace('country = "PE"', 'country = "Narnia"', 1)
            driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                                  area, broken)
            wait.until(EC.text_to_be_present_in_element((By.ID, "problems"), "Narnia"))
            assert "Line" in driver.find_element(By.ID, "problems").text
            assert driver.find_elements(By.CSS_SELECTOR, "#gutter .bad"), "the error's line is not marked"
            if shots: driver.save_screenshot(shots + "/2-editor-error.png")
            fixed = original.replace("hectares = 35000", "hectares = 20000", 1)
            driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                                  area, fixed)
            wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "Valid"))
            assert driver.find_element(By.ID, "problems").text == ""
            # The instrument form appends a [[policy]] block, which validates like typed text.
            blocks = area.get_attribute("value").count("[[policy]]")
            Select(driver.find_element(By.ID, "fInstrument")).select_by_value("alternative_development")
            Select(driver.find_element(By.ID, "fPlace")).select_by_value("country:BO")
            driver.find_element(By.ID, "fQuantity").send_keys("500")
            driver.find_element(By.ID, "fAdd").click()
            assert area.get_attribute("value").count("[[policy]]") == blocks + 1
            assert 'families = 500' in area.get_attribute("value")
            time.sleep(1)  # past the editor's 300 ms pause, so the status below is the new text's
            wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "Valid"))
            driver.find_element(By.ID, "to").send_keys("2030")
            driver.find_element(By.ID, "run").click()
            wait.until(EC.url_contains("/runs/"))
            if shots: driver.save_screenshot(shots + "/3-run-progress.png")
            WebDriverWait(driver, 300).until(EC.presence_of_element_located((By.ID, "downloads")))
            links = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#downloads a")]
            assert any(name.endswith(".csv") for name in links), links
            assert any(name.startswith("report_") for name in links), links
            driver.switch_to.frame(driver.find_element(By.ID, "report"))
            assert driver.find_elements(By.CSS_SELECTOR, "svg"), "no chart in the report"
            driver.switch_to.default_content()
            if shots: driver.save_screenshot(shots + "/4-result.png")
            driver.get(base + "/validation")
            assert driver.find_elements(By.ID, "table-facts") and driver.find_elements(By.ID, "table-fit")
            if shots: driver.save_screenshot(shots + "/5-validation.png")
            print(f"browser test passed: {len(links)} downloads, charts present, instrument form and validation page")
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
