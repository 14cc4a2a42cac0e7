// Debian's Chromium, headless, started the one way every browser test and the README's pictures use it
// (puppeteer-core: no browser download). CHROMIUM names another binary.
"use strict";
const puppeteer = require("puppeteer-core");

function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
}

module.exports = { launchChromium };
