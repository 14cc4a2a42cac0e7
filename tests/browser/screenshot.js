// Makes docs/images/form-phone.png, the README's picture of the form: `node tests/browser/screenshot.js
// build/readiness`. Not a test; run it again when the form's look changes.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const puppeteer = require("puppeteer-core");

async function main() {
  const root = path.resolve(__dirname, "..", "..");
  const readiness = path.resolve(process.argv[2] || path.join(root, "build", "readiness"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-screenshot-"));
  const form = path.join(work, "form.html");
  execFileSync(readiness, ["-q", "-c", "quick-check", "form", "-o", form]);
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 1100, deviceScaleFactor: 2 });
    await page.goto("file://" + form);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.type('input[name="respondent.name"]', "Dana Smith");
    await page.type('input[name="organisation"]', "Acme Ltd");
    await page.type('input[name="respondent.role"]', "Head of Customer Care");
    const departments = await page.$$eval('select[name="respondent.department"] option', (o) => o.map((x) => x.value));
    await page.select('select[name="respondent.department"]', departments[departments.length - 1]);
    const first = await page.$$eval("[data-question]", (all) => all.filter((c) => !c.hidden).map((c) => c.getAttribute("data-question")));
    await page.click(`[data-question="${first[0]}"] input[type="radio"]`);
    await page.screenshot({ path: path.join(root, "docs", "images", "form-phone.png") });
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
