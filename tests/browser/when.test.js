// The page's skip logic (src/render/form/when.js) against the condition fixtures that
// tests/core/test_core_conditions_fixtures.cpp runs through the C++ engine.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const when = require("../../src/render/form/when.js");

const fixtures = path.join(__dirname, "..", "fixtures", "conditions");

for (const file of fs.readdirSync(fixtures).filter((name) => name.endsWith(".json")).sort()) {
  const fixture = JSON.parse(fs.readFileSync(path.join(fixtures, file), "utf8"));
  for (const c of fixture.cases) {
    test(`${file}: ${c.name}`, () => {
      const asked = {};
      for (const id of Object.keys(c.asked)) {
        const question = fixture.checklist.questions.find((q) => q.id === id);
        assert.ok(question, `${id} is in the fixture's checklist`);
        asked[id] = when.isAsked(question, fixture.checklist, c.department, c.answers);
      }
      assert.deepStrictEqual(asked, c.asked);
    });
  }
}

test("askedQuestions drops the answers of questions no longer asked, in cascade", () => {
  const checklist = {
    questions: [
      { id: "a", type: "choice", options: [{ value: "yes", score: 1 }, { value: "no", score: 0 }] },
      { id: "b", type: "choice", options: [{ value: "yes", score: 1 }], when: { question: "a", equals: "yes" } },
      { id: "c", type: "text", when: { question: "b", answered: true } },
      { id: "d", type: "text", departments: ["support"] },
    ],
  };
  const answers = { a: "no", b: "yes", c: "kept?", d: "x" };
  assert.deepStrictEqual(when.askedQuestions(checklist, "exec", answers), { ids: ["a"], answers: { a: "no" } });
  assert.deepStrictEqual(when.askedQuestions(checklist, "support", { ...answers, a: "yes" }), {
    ids: ["a", "b", "c", "d"],
    answers: { a: "yes", b: "yes", c: "kept?", d: "x" },
  });
});
