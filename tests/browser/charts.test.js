// The trend's line charts and diff's before/after bars in Debian's headless Chromium (puppeteer-core):
// every chart renders with a nonzero size, the page makes no request and logs no error. READINESS_BIN
// names the binary (ctest sets it).
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
const trendReports = ["2026-11", "2026-05", "2026-08"].map((name) =>
  path.join(root, "tests", "fixtures", "trend", name + ".json"));
let browser;
let work;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-charts-"));
  browser = await launchChromium();
});

after(async () => {
  if (browser) {
    await browser.close();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

// Opens `file` at `width` px; returns each chart's rendered size and what went wrong on the page.
async function charts(file, selector, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const url = "file://" + file;
  const problems = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url() === url) {
      request.continue();
    } else {
      problems.push("request: " + request.url());
      request.abort();
    }
  });
  page.on("pageerror", (error) => problems.push("error: " + String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push("console: " + message.text());
    }
  });
  await page.goto(url, { waitUntil: "load" });
  const sizes = await page.$$eval(selector, (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, title: svg.querySelector("title").textContent };
    }));
  await page.close();
  return { sizes, problems };
}

test("trend --format html: every line chart has a size, at desktop and phone widths", async () => {
  const file = path.join(work, "trend.html");
  execFileSync(readiness, ["trend", ...trendReports, "--format", "html", "-o", file]);
  for (const width of [1000, 390]) {
    const { sizes, problems } = await charts(file, "svg.trend", width);
    assert.deepStrictEqual(problems, []);
    // Overall, the six departments ever assessed (two never were: no chart), ten dimensions.
    assert.strictEqual(sizes.length, 1 + 6 + 10);
    for (const size of sizes) {
      assert.ok(size.width > 200 && size.height > 100, JSON.stringify(size));
      assert.ok(size.width <= width, JSON.stringify(size));
    }
  }
});

test("diff --format html: the before/after bars have a size", async () => {
  const file = path.join(work, "diff.html");
  execFileSync(readiness, ["-c", path.join(root, "tests", "fixtures", "checklists", "every-feature.yaml"), "diff",
                           path.join(root, "tests", "fixtures", "answers", "before"),
                           path.join(root, "tests", "fixtures", "answers", "after"), "--format", "html", "-o", file]);
  const { sizes, problems } = await charts(file, "svg.bars", 1000);
  assert.deepStrictEqual(problems, []);
  assert.deepStrictEqual(sizes.map((s) => s.title), ["Departments: scores before and after",
                                                     "Dimensions: scores before and after"]);
  for (const size of sizes) {
    assert.ok(size.width > 300 && size.height > 80, JSON.stringify(size));
  }
});
