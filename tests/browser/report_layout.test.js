// The example organisation's HTML report with every handover option (`--organisation`, `--prepared-by`,
// `--logo`, `--confidential`), in Debian's headless Chromium: printed to PDF on A4 and on Letter (read back
// page by page with poppler's pdftotext), and on a 390 px phone. READINESS_BIN names the binary (ctest
// sets it).
"use strict";
const { test, before, after } = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { launchChromium } = require("./chromium");

const root = path.resolve(__dirname, "..", "..");
const readiness = path.resolve(process.env.READINESS_BIN || path.join(root, "build", "readiness"));
const confidential = "Confidential: Acme board only";
const organisation = "Acme Ltd (Europe)";
let browser;
let work;
let report;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-report-layout-"));
  report = path.join(work, "report.html");
  execFileSync(readiness, ["-q", "report", "examples/acme/answers/", "--evidence", "examples/acme/policies",
    "--format", "html", "-o", report, "--organisation", organisation, "--prepared-by", "Northwind Consulting",
    "--logo", "tests/fixtures/logos/northwind.svg", "--confidential", confidential], { cwd: root });
  browser = await launchChromium();
});

after(async () => {
  if (browser) {
    await browser.close();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

async function open(viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto("file://" + report, { waitUntil: "load" });
  return page;
}

function pdfPages(file) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const pages = [];
  for (let n = 1; n <= count; n++) {
    pages.push(execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], { encoding: "utf8" }));
  }
  return pages;
}

for (const format of ["A4", "Letter"]) {
  test(`printed on ${format}: a cover, contents, page numbers, the marking on every page, no stranded heading`, async () => {
    const page = await open({ width: 1000, height: 900 });
    // Each heading marked, so that a line of the PDF's text is known to be a heading (a department's name
    // is a heading in one place and list text in another).
    await page.addStyleTag({ content: "main h2::before, main h3::before, main h4::before { content: '@@'; }" });
    const file = path.join(work, `report-${format}.pdf`);
    await page.pdf({ path: file, format });
    await page.close();
    const pages = pdfPages(file);
    assert.ok(pages.length > 4 && pages.length < 40, `${pages.length} pages`);
    assert.match(pages[0], /Readiness report/i);
    assert.match(pages[0], /Prepared by\s+Northwind Consulting/);
    assert.match(pages[0], /Acme Ltd \(Europe\)/);
    assert.doesNotMatch(pages[0], /Contents/, "the cover is a page of its own");
    assert.match(pages[1], /Contents[\s\S]*1\. Executive summary[\s\S]*3\. Comparisons[\s\S]*How this was scored/);
    pages.forEach((text, i) => {
      assert.ok(text.includes(confidential), `page ${i + 1} lacks the marking`);
      assert.match(text, new RegExp(`page ${i + 1} / ${pages.length}`), `page ${i + 1} lacks its number`);
      assert.ok(text.includes(organisation), `page ${i + 1} lacks the organisation`);
      const body = text.split("\n").map((line) => line.trim())
        .filter((line) => line && !line.includes(confidential) && !/page \d+ \/ \d+/.test(line));
      const last = body[body.length - 1] || "";
      assert.ok(!last.includes("@@"), `page ${i + 1} ends with the heading "${last}"`);
    });
  });
}

test("printed: no table row, chart or heading is split across pages, and headings stay with what follows", async () => {
  const page = await open({ width: 1000, height: 900 });
  await page.emulateMediaType("print");
  const styles = await page.evaluate(() => {
    const style = (selector) => [...document.querySelectorAll(selector)].map((element) => {
      const computed = getComputedStyle(element);
      return { inside: computed.breakInside, after: computed.breakAfter };
    });
    return { rows: style("main tr"), charts: style("main figure, main svg"), headings: style("main h2, main h3, main h4") };
  });
  await page.close();
  assert.ok(styles.rows.length > 100 && styles.charts.length > 5 && styles.headings.length > 20);
  for (const [kind, list] of Object.entries(styles)) {
    list.forEach((s, i) => assert.strictEqual(s.inside, "avoid", `${kind}[${i}] may split`));
  }
  styles.headings.forEach((s, i) => assert.strictEqual(s.after, "avoid", `heading ${i} may end a page`));
});

test("on a 390 px phone: nothing wider than the screen, every table scrolls in its box, chart text legible", async () => {
  const page = await open({ width: 390, height: 844, deviceScaleFactor: 1 });
  const layout = await page.evaluate(() => {
    const scrolls = (element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX);
    const tables = [...document.querySelectorAll("table")].map((table) => {
      let box = table.parentElement;
      while (box && !scrolls(box)) {
        box = box.parentElement;
      }
      return { caption: table.caption ? table.caption.textContent : "", boxed: Boolean(box),
        right: box ? box.getBoundingClientRect().right : Infinity };
    });
    const small = [...document.querySelectorAll("svg text")].map((text) => ({
      text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(text.getScreenCTM().a, text.getScreenCTM().b),
    })).filter((t) => t.px < 11);
    const logo = document.querySelector("img.logo");
    return { width: document.documentElement.scrollWidth, tables, small, svgTexts: document.querySelectorAll("svg text").length,
      logoWidth: logo ? logo.naturalWidth : 0, scriptRan: window.logoScriptRan === true };
  });
  await page.close();
  assert.ok(layout.width <= 390, `the page is ${layout.width} px wide`);
  assert.ok(layout.tables.length > 5);
  for (const table of layout.tables) {
    assert.ok(table.boxed, `table "${table.caption}" is in no box that scrolls`);
    assert.ok(table.right <= 390, `table "${table.caption}"'s box ends at ${table.right} px`);
  }
  assert.ok(layout.svgTexts > 10);
  assert.deepStrictEqual(layout.small, []);
  assert.strictEqual(layout.logoWidth, 240, "the logo is shown");
  assert.strictEqual(layout.scriptRan, false, "the logo's script never runs");
});
