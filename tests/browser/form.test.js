// The page `readiness form` writes, in Debian's headless Chromium (puppeteer-core, no browser download):
// filling, skip logic, autosave, download, load, and that the downloaded file validates and scores exactly
// like the same answers written by hand. READINESS_BIN names the binary (ctest sets it).
"use strict";
const { test, before, after } = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync, spawnSync } = require("node:child_process");
const { launchChromium } = require("./chromium");

const root = path.resolve(__dirname, "..", "..");
const readiness = path.resolve(process.env.READINESS_BIN || path.join(root, "build", "readiness"));
const everyFeature = path.join(root, "tests", "fixtures", "checklists", "every-feature.yaml");
let browser;
let work;
let downloadSession;

function run(args) {
  return spawnSync(readiness, args, { cwd: work, encoding: "utf8" });
}

function writeForm(name, args, formArgs = []) {
  const file = path.join(work, name);
  execFileSync(readiness, ["-q", ...args, "form", ...formArgs, "-o", file], { cwd: work });
  return file;
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-form-"));
  browser = await launchChromium();
  downloadSession = await browser.target().createCDPSession();
});

after(async () => {
  if (browser) {
    await browser.close();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

// A page on `file`, recording any request that would leave it (and refusing it) and any script error.
async function open(file, viewport = { width: 1000, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const url = "file://" + file;
  const leaks = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const target = request.url();
    if (target === url || target.startsWith("blob:") || target.startsWith("data:")) {
      request.continue();
    } else {
      leaks.push(target);
      request.abort();
    }
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(url);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  return { page, leaks, errors };
}

// Downloads the answers through the page's button into a fresh folder; returns the file's path.
async function download(page) {
  const folder = fs.mkdtempSync(path.join(work, "download-"));
  await downloadSession.send("Browser.setDownloadBehavior", {
    behavior: "allow",
    downloadPath: folder,
    eventsEnabled: true,
  });
  const done = new Promise((resolve, reject) => {
    const listener = (event) => {
      if (event.state === "completed" || event.state === "canceled") {
        downloadSession.off("Browser.downloadProgress", listener);
        event.state === "completed" ? resolve() : reject(new Error("download canceled"));
      }
    };
    downloadSession.on("Browser.downloadProgress", listener);
  });
  await page.click('[data-action="download"]');
  await done;
  const files = fs.readdirSync(folder);
  assert.strictEqual(files.length, 1);
  return path.join(folder, files[0]);
}

// The visible questions in page order: [{id, type, options: [values], min, max}]. Runs in the page.
function shownQuestions() {
  return Array.from(document.querySelectorAll("[data-question]"))
    .filter((c) => !c.hidden && !c.closest("section").hidden && getComputedStyle(c).display !== "none")
    .map((c) => ({
      id: c.getAttribute("data-question"),
      type: c.getAttribute("data-type"),
      options: Array.from(c.querySelectorAll('input[type="radio"], input[type="checkbox"]')).map((i) => i.value),
      min: c.querySelector('input[type="number"]')?.min,
      max: c.querySelector('input[type="number"]')?.max,
    }));
}

function visibleQuestions(page) {
  return page.evaluate(`(${shownQuestions})()`);
}

// fill(), inside the page: the same answers through DOM clicks and input events, in one round trip.
function fillInPage(shown, choose) {
  const given = {};
  const done = new Set();
  const type = (element, text) => {
    element.value = text;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  };
  for (let k = 0; ; ++k) {
    const next = shown().find((q) => !done.has(q.id));
    if (!next) {
      break;
    }
    done.add(next.id);
    const answer = choose(next, k);
    const container = document.querySelector(`[data-question="${next.id}"]`);
    const values = answer.value === undefined ? [] : Array.isArray(answer.value) ? answer.value : [answer.value];
    if (next.type === "choice" || next.type === "multi" || answer.value === "n/a") {
      values.forEach((value) => container.querySelector(`input[value="${value}"]`).click());
    } else if (answer.value !== undefined) {
      type(container.querySelector(next.type === "number" ? 'input[type="number"]' : "textarea:not(.note)"),
        String(answer.value));
    }
    if (answer.note !== undefined) {
      type(container.querySelector("textarea.note"), answer.note);
    }
    given[next.id] = answer;
  }
  const still = new Set(shown().map((q) => q.id));
  return Object.fromEntries(Object.entries(given).filter(([id]) => still.has(id)));
}

// What to answer to the k-th question: deterministic, covering options, n/a, numbers, text, notes, blanks.
function choose(question, k) {
  const options = question.options.filter((v) => v !== "n/a");
  const note = k % 4 === 1 ? `Note ${k}: "quoted" & <b>not bold</b>\\ é ✓` : undefined;
  if (k % 11 === 10) {
    return { note };
  }
  if (question.type === "choice") {
    return { value: k % 6 === 5 ? "n/a" : options[k % options.length], note };
  }
  if (question.type === "multi") {
    if (k % 5 === 4) {
      return { value: "n/a", note };
    }
    const picked = new Set([options[k % options.length], options[(k + 1) % options.length]]);
    return { value: options.filter((o) => picked.has(o)), note };
  }
  if (question.type === "number") {
    if (k % 7 === 6) {
      return { value: "n/a", note };
    }
    const min = question.min === "" ? 0 : Number(question.min);
    const max = question.max === "" ? min + 100 : Number(question.max);
    return { value: Math.min(max, min + (k % 3) * 2.5), note };
  }
  return { value: `Answer ${k}: "quoted", a: b # not a comment\nsecond line é`, note };
}

// Answers every question as it appears (skip logic may show more), through real clicks and typing.
// Returns {id: {value, note}} for the questions still shown at the end.
async function fill(page, { keyboard = true } = {}) {
  if (!keyboard) {
    return page.evaluate(`(${fillInPage})(${shownQuestions}, ${choose})`);
  }
  const given = {};
  const done = new Set();
  for (let k = 0; ; ++k) {
    const next = (await visibleQuestions(page)).find((q) => !done.has(q.id));
    if (!next) {
      break;
    }
    done.add(next.id);
    const answer = choose(next, k);
    const at = `[data-question="${next.id}"]`;
    const values = answer.value === undefined ? [] : Array.isArray(answer.value) ? answer.value : [answer.value];
    if (next.type === "choice" || next.type === "multi") {
      for (const value of values) {
        await page.click(`${at} input[value="${value}"]`);
      }
    } else if (next.type === "number" && answer.value === "n/a") {
      await page.click(`${at} input[value="n/a"]`);
    } else if (answer.value !== undefined) {
      const control = next.type === "number" ? `${at} input[type="number"]` : `${at} textarea:not(.note)`;
      if (keyboard) {
        await page.type(control, String(answer.value));
      } else {
        await page.$eval(control, (element, text) => {
          element.value = text;
          element.dispatchEvent(new Event("input", { bubbles: true }));
        }, String(answer.value));
      }
    }
    if (answer.note !== undefined) {
      await page.$eval(`${at} textarea.note`, (element, text) => {
        element.value = text;
        element.dispatchEvent(new Event("input", { bubbles: true }));
      }, answer.note);
    }
    given[next.id] = answer;
  }
  const shown = new Set((await visibleQuestions(page)).map((q) => q.id));
  return Object.fromEntries(Object.entries(given).filter(([id]) => shown.has(id)));
}

async function fillRespondent(page, { name, organisation, role, department }) {
  await page.type('input[name="respondent.name"]', name);
  await page.type('input[name="organisation"]', organisation);
  await page.type('input[name="respondent.role"]', role);
  if (department) {
    await page.select('select[name="respondent.department"]', department);
  }
}

function today() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

// The same answers as a person would write them: block style, labels allowed, JSON-quoted text.
function handWritten(checklistId, version, respondent, given) {
  const lines = [
    `checklist: ${checklistId}`,
    `checklist_version: "${version}"`,
    `organisation: ${JSON.stringify(respondent.organisation)}`,
    `date: ${today()}`,
    `respondent: { name: ${JSON.stringify(respondent.name)}, department: ${respondent.department}, ` +
      `role: ${JSON.stringify(respondent.role)} }`,
    "answers:",
  ];
  for (const [id, { value, note }] of Object.entries(given)) {
    let text = value === undefined ? "" : value === "n/a" ? "n/a" : JSON.stringify(value);
    if (note !== undefined) {
      text = `{ ${value === undefined ? "" : `value: ${text}, `}note: ${JSON.stringify(note)} }`;
    }
    lines.push(`  ${id}: ${text}`);
  }
  return lines.join("\n") + "\n";
}

// The report JSON of one answer file, without the file name it came from.
function report(args, file) {
  const result = run([...args, "report", "--format", "json", file]);
  assert.strictEqual(result.stderr, "");
  assert.strictEqual(result.status, 0);
  const json = JSON.parse(result.stdout);
  json.respondents.forEach((r) => delete r.source);
  return json;
}

// The downloaded file validates, and scores exactly like `given` written by hand.
function assertScoresLikeHandWritten(args, downloaded, respondent, given, checklistId, version) {
  const validated = run([...args, "validate", downloaded]);
  assert.strictEqual(validated.status, 0, validated.stdout + validated.stderr);
  assert.match(validated.stdout, /: ok: /);
  const hand = path.join(path.dirname(downloaded), "by-hand.yml");
  fs.writeFileSync(hand, handWritten(checklistId, version, respondent, given));
  assert.strictEqual(run([...args, "validate", hand]).status, 0);
  const scored = report(args, downloaded);
  assert.deepStrictEqual(scored, report(args, hand));
  return scored;
}

// The questions the C++ engine asks of the file's one respondent: those whose pair counts for them.
function askedByReport(scored, department) {
  return scored.pairs.filter((p) => p.department === department && p.counted === 1).map((p) => p.question).sort();
}

// The page shows exactly the scored questions the C++ engine asks, on the answers the page kept (text
// questions have no pairs).
async function assertShownAsAsked(page, scored, department) {
  const shown = (await visibleQuestions(page)).filter((q) => q.type !== "text").map((q) => q.id).sort();
  assert.deepStrictEqual(shown, askedByReport(scored, department));
}

// Every control's state, to compare before and after a reload.
function controls(page) {
  return page.$$eval("input, select, textarea", (all) =>
    all.map((c) => `${c.name}=${c.type === "radio" || c.type === "checkbox" ? c.checked : c.value}`).join("\n"),
  );
}

const dana = {
  name: "Dana Smith",
  organisation: "Acme & Sons <Ltd>",
  role: 'Head of "Customer" Care',
  department: "support",
};

test("a form for one department of the shipped checklist: filled, reloaded, downloaded, scored", async () => {
  const { page, leaks, errors } = await open(writeForm("support.html", [], ["--department", "support"]));
  assert.deepStrictEqual(
    await page.$$eval('select[name="respondent.department"] option', (o) => o.map((x) => x.value)),
    ["support"],
  );
  await fillRespondent(page, { ...dana, department: undefined });
  const given = await fill(page);
  assert.ok(Object.keys(given).length > 40);
  const progress = await page.$eval("#progress-text", (e) => e.textContent);
  const shown = (await visibleQuestions(page)).length;
  const answered = Object.values(given).filter((a) => a.value !== undefined).length;
  assert.strictEqual(progress, `${answered} of ${shown} answered`);

  const before = await controls(page);
  await page.reload();
  assert.strictEqual(await controls(page), before);

  const downloaded = await download(page);
  assert.strictEqual(path.basename(downloaded), "dana-smith.yaml");
  const scored = assertScoresLikeHandWritten([], downloaded, dana, given, "social-readiness", "1.0.0");
  await assertShownAsAsked(page, scored, "support");
  assert.deepStrictEqual(leaks, []);
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test("skip logic of the small checklist: hidden questions are not displayed and their answers not saved", async () => {
  const args = ["-c", everyFeature];
  const { page, leaks, errors } = await open(writeForm("every-feature.html", args));
  const hidden = async () =>
    page.$$eval("[data-question]", (all) =>
      all.filter((c) => getComputedStyle(c).display === "none").map((c) => c.getAttribute("data-question")),
    );
  // No department yet: only the questions every department is asked, and of those only the unconditional
  // ones and those whose condition holds on no answers (not of an unanswered leaf).
  assert.deepStrictEqual(await hidden(), ["processes.first-response-hours", "processes.escalation", "tactics.first-change"]);
  await page.click('[data-action="download"]');
  assert.strictEqual(await page.$eval("#status", (e) => e.textContent),
    "Choose your department first: it decides which questions count.");
  assert.strictEqual(await page.evaluate(() => document.activeElement.name), "respondent.department");
  await fillRespondent(page, { name: "Sam Lee", organisation: "Acme", role: "Agent", department: "support" });
  assert.deepStrictEqual(await hidden(), ["processes.escalation", "tactics.first-change"]);

  await page.click('[data-question="roles.owner"] input[value="no"]');
  assert.deepStrictEqual(await hidden(), ["processes.escalation", "tactics.channels", "tactics.first-change"]);
  await page.type('[data-question="processes.first-response-hours"] input[type="number"]', "24");
  assert.deepStrictEqual(await hidden(), ["tactics.channels", "tactics.first-change"]);
  await page.click('[data-question="processes.escalation"] input[value="informal"]');
  await page.click('[data-question="roles.owner"] input[value="partly"]');
  assert.deepStrictEqual(await hidden(), []);
  await page.click('[data-question="tactics.channels"] input[value="forums"]');
  await page.type('[data-question="tactics.first-change"] textarea:not(.note)', "One queue </script> for all");

  // The number rises above 24 and the owner becomes "no": escalation, channels and first-change go, and
  // with them their answers (also in the cascade: first-change depended on escalation).
  await page.click('[data-question="processes.first-response-hours"] input[type="number"]', { count: 3 });
  await page.type('[data-question="processes.first-response-hours"] input[type="number"]', "25");
  await page.click('[data-question="roles.owner"] input[value="no"]');
  assert.deepStrictEqual(await hidden(), ["processes.escalation", "tactics.channels", "tactics.first-change"]);
  const text = fs.readFileSync(await download(page), "utf8");
  assert.match(text, /^date: "\d{4}-\d\d-\d\d"$/m);
  assert.strictEqual(
    text.replace(/^date: .*\n/m, ""),
    '# Answers to "Every Feature", saved by the readiness form. Check: readiness validate FILE\n' +
      'checklist: "every-feature"\nchecklist_version: "2.1.0"\norganisation: "Acme"\n' +
      'respondent:\n  name: "Sam Lee"\n  department: "support"\n  role: "Agent"\nanswers:\n' +
      '  roles.owner: "no"\n  processes.first-response-hours: 25\n',
  );
  // Shown again, they are empty.
  await page.click('[data-question="roles.owner"] input[value="yes"]');
  assert.deepStrictEqual(await hidden(), ["tactics.first-change"]);
  assert.strictEqual(await page.$eval('[data-question="processes.escalation"] input:checked', () => 1).catch(() => 0), 0);
  const again = await download(page);
  assert.strictEqual(path.basename(again), "sam-lee.yaml");
  assertScoresLikeHandWritten(args, again, { name: "Sam Lee", organisation: "Acme", role: "Agent", department: "support" },
    { "roles.owner": { value: "yes" }, "processes.first-response-hours": { value: 25 } }, "every-feature", "2.1.0");
  assert.deepStrictEqual(leaks, []);
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test("a form for every department of the shipped checklist round-trips to identical scores", async () => {
  const { page, leaks, errors } = await open(writeForm("all.html", []));
  const departments = await page.$$eval('select[name="respondent.department"] option', (o) =>
    o.map((x) => x.value).filter((v) => v !== ""),
  );
  assert.deepStrictEqual(departments, ["exec", "marketing", "pr", "support", "hr", "legal", "it", "sales"]);
  for (const department of departments) {
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    const respondent = { name: `Respondent ${department}`, organisation: "Acme", role: "Head", department };
    await fillRespondent(page, respondent);
    const given = await fill(page, { keyboard: false });
    const downloaded = await download(page);
    assert.strictEqual(path.basename(downloaded), `respondent-${department}.yaml`);
    const scored = assertScoresLikeHandWritten([], downloaded, respondent, given, "social-readiness", "1.0.0");
    await assertShownAsAsked(page, scored, department);
  }
  assert.deepStrictEqual(leaks, []);
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test("Load answers resumes from a downloaded file and from one written by hand", async () => {
  const { page, errors } = await open(writeForm("support-load.html", [], ["--department", "support"]));
  await fillRespondent(page, { ...dana, department: undefined });
  const given = await fill(page, { keyboard: false });
  const downloaded = await download(page);
  const filled = await controls(page);
  const hand = path.join(work, "dana-by-hand.yaml");
  fs.writeFileSync(hand, handWritten("social-readiness", "1.0.0", dana, given));
  for (const file of [downloaded, hand]) {
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    assert.notStrictEqual(await controls(page), filled);
    const input = await page.$('input[data-action="load"]');
    await input.uploadFile(file);
    await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Loaded"));
    assert.strictEqual(await controls(page), filled);
  }
  const again = await download(page);
  assert.strictEqual(fs.readFileSync(again, "utf8"), fs.readFileSync(downloaded, "utf8"));
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test("checklist text cannot break the page; every control is labelled; the keyboard alone answers", async () => {
  const checklist = path.join(work, "tricky.yaml");
  fs.writeFileSync(checklist, fs.readFileSync(everyFeature, "utf8")
    .replace("Is one person accountable for social media?",
      '"Owner </script><script>window.pwned = 1</script> & <b>co</b>?"'));
  const { page, errors } = await open(writeForm("tricky.html", ["-c", checklist]));
  assert.strictEqual(await page.evaluate(() => window.pwned), undefined);
  assert.strictEqual(await page.$eval('[data-question="roles.owner"] legend', (e) => e.textContent),
    "Owner </script><script>window.pwned = 1</script> & <b>co</b>?");
  const unlabelled = await page.$$eval("input, select, textarea", (all) =>
    all.filter((c) => c.labels.length === 0 && !c.getAttribute("aria-label")).map((c) => c.name || c.id));
  assert.deepStrictEqual(unlabelled, []);
  const ids = await page.$$eval("[id]", (all) => all.map((e) => e.id));
  assert.strictEqual(new Set(ids).size, ids.length);

  // Tab from the department to the first question, choose with the arrow keys and Space.
  await page.select('select[name="respondent.department"]', "exec");
  await page.focus('select[name="respondent.department"]');
  await page.keyboard.press("Tab");
  assert.strictEqual(await page.evaluate(() => document.activeElement.value), "yes");
  await page.keyboard.press("ArrowDown");
  assert.strictEqual(await page.$eval('[data-question="roles.owner"] input:checked', (e) => e.value), "partly");
  assert.match(await page.$eval("#progress-text", (e) => e.textContent), /^1 of \d+ answered$/);
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test("on a 390 px phone the page needs no sideways scrolling", async () => {
  const { page } = await open(writeForm("phone.html", [], ["--department", "support"]), { width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390));
  await page.close();
});

test("printed, the form shows the department's conditional questions with their condition, without buttons", async () => {
  const { page } = await open(writeForm("print.html", ["-c", everyFeature], ["--department", "support"]));
  await page.click('[data-question="roles.owner"] input[value="no"]');
  const displayed = () =>
    page.$$eval("[data-question], .actions, .progress", (all) =>
      all.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.getAttribute("data-question") || e.className));
  assert.deepStrictEqual(await displayed(), ["progress", "roles.owner", "processes.first-response-hours", "actions"]);
  await page.emulateMediaType("print");
  assert.deepStrictEqual(await displayed(), ["roles.owner", "processes.first-response-hours", "processes.escalation",
    "tactics.channels", "tactics.first-change"]);
  assert.strictEqual(await page.$eval('[data-question="tactics.channels"] .when', (e) => e.textContent),
    "Answer only if not (roles.owner is no).");
  await page.close();
});

test("a number outside its range is shown as such and not saved", async () => {
  const { page } = await open(writeForm("range.html", ["-c", everyFeature], ["--department", "support"]));
  const hours = '[data-question="processes.first-response-hours"]';
  await page.type(`${hours} input[type="number"]`, "169");
  assert.strictEqual(await page.$eval(`${hours} .range-error`, (e) => (e.hidden ? "" : e.textContent)),
    "Enter a number (hours, 0 to 168).");
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem(window.readinessForm.storageKey)).answers);
  assert.deepStrictEqual(await saved(), {});
  await page.keyboard.press("Backspace");
  assert.strictEqual(await page.$eval(`${hours} .range-error`, (e) => e.hidden), true);
  assert.deepStrictEqual(await saved(), { "processes.first-response-hours": 16 });
  await page.close();
});
