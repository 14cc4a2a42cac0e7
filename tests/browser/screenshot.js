// Makes the README's pictures: `node tests/browser/screenshot.js build/readiness`. docs/images/form-phone.png
// is the form on a phone; docs/images/report-summary.png and report-roadmap.png are the example
// organisation's HTML report (with the handover options a consultant gives) at its executive summary and
// at its roadmap's impact/effort matrix. Not a test; run it again when the form's or the report's look
// changes.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { launchChromium } = require("./chromium");

async function main() {
  const root = path.resolve(__dirname, "..", "..");
  const readiness = path.resolve(process.argv[2] || path.join(root, "build", "readiness"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-screenshot-"));
  const form = path.join(work, "form.html");
  execFileSync(readiness, ["-q", "-c", "quick-check", "form", "-o", form]);
  const browser = await launchChromium();
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
    await reportPictures(browser, readiness, root, work);
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function reportPictures(browser, readiness, root, work) {
  const report = path.join(work, "report.html");
  execFileSync(readiness, ["-q", "report", "examples/acme/answers/", "--evidence", "examples/acme/policies",
    "--format", "html", "-o", report, "--organisation", "Acme Ltd", "--prepared-by", "Northwind Consulting",
    "--logo", "tests/fixtures/logos/northwind.svg", "--confidential", "Confidential: Acme board only"], { cwd: root });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto("file://" + report);
  for (const [selector, name] of [["#summary", "report-summary.png"], ["#roadmap figure", "report-roadmap.png"]]) {
    const box = await page.$eval(selector, (element) => {
      const r = element.getBoundingClientRect();
      return { x: 0, y: r.top + window.scrollY - 16, width: document.documentElement.clientWidth, height: Math.min(r.height + 32, 1000) };
    });
    await page.screenshot({ path: path.join(root, "docs", "images", name), clip: box });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
