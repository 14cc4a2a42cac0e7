// Skip logic for the browser form: the same rules as src/core/conditions.cpp, on the checklist as
// form_html.cpp embeds it. An answer is a string (choice, text), a list of option values (multi), a
// number (number) or "n/a"; an unanswered question has no entry. Loaded by the page and by node tests.
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.ReadinessWhen = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  function isAnswered(value) {
    return value !== undefined && value !== null;
  }

  function isNotApplicable(value) {
    return value === "n/a";
  }

  // std::from_chars on a double: the whole text is one number (no sign "+", no spaces).
  function parseNumber(text) {
    if (typeof text === "number") {
      return text;
    }
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      return null;
    }
    return Number(text);
  }

  function findQuestion(checklist, id) {
    return checklist.questions.find(function (q) {
      return q.id === id;
    });
  }

  // The choices an answer holds (choice: one, multi: any), or its text for a text question.
  function choicesOf(question, value) {
    if (question && question.type === "multi") {
      return Array.isArray(value) ? value : [value];
    }
    if (typeof value === "number") {
      return [];
    }
    return [value];
  }

  // answer_score: a choice's option score, min(1, sum) for multi; a number's own value is compared.
  function comparable(question, value) {
    if (question.type === "number") {
      return typeof value === "number" ? value : null;
    }
    if (question.type === "text") {
      return null;
    }
    var sum = 0;
    var choices = choicesOf(question, value);
    for (var i = 0; i < choices.length; ++i) {
      var option = (question.options || []).find(function (o) {
        return o.value === choices[i];
      });
      if (!option) {
        return null;
      }
      sum += option.score;
    }
    return Math.min(1, Math.round(sum * 1e9) / 1e9);
  }

  function evaluateLeaf(condition, checklist, answers) {
    var value = answers[condition.question];
    var answered = isAnswered(value);
    if ("answered" in condition) {
      return answered === condition.answered;
    }
    if (!answered || isNotApplicable(value)) {
      return false;
    }
    var question = findQuestion(checklist, condition.question);
    var anyListed = function (values) {
      return choicesOf(question, value).some(function (choice) {
        return values.indexOf(choice) >= 0;
      });
    };
    if ("in" in condition) {
      return anyListed(condition.in);
    }
    if ("not_in" in condition) {
      return !anyListed(condition.not_in);
    }
    if ("equals" in condition) {
      if (typeof value === "number") {
        var expected = parseNumber(condition.equals);
        return expected !== null && expected === value;
      }
      return anyListed([String(condition.equals)]);
    }
    if ("at_least" in condition || "at_most" in condition) {
      var compared = question ? comparable(question, value) : null;
      if (compared === null) {
        return false;
      }
      return "at_least" in condition ? compared >= condition.at_least : compared <= condition.at_most;
    }
    return false;
  }

  // Whether `condition` holds on one respondent's answers (conditions.hpp: evaluate).
  function evaluate(condition, checklist, answers) {
    if ("all" in condition) {
      return condition.all.every(function (c) {
        return evaluate(c, checklist, answers);
      });
    }
    if ("any" in condition) {
      return condition.any.some(function (c) {
        return evaluate(c, checklist, answers);
      });
    }
    if ("not" in condition) {
      return !evaluate(condition.not, checklist, answers);
    }
    return evaluateLeaf(condition, checklist, answers);
  }

  function appliesTo(question, department) {
    return !question.departments || question.departments.length === 0 ||
      question.departments.indexOf(department) >= 0;
  }

  // Whether the question is asked of a respondent of `department` with these answers (is_asked).
  function isAsked(question, checklist, department, answers) {
    return appliesTo(question, department) && (!question.when || evaluate(question.when, checklist, answers));
  }

  // The ids asked, in checklist order, when the answers of questions not asked are dropped: conditions
  // name only earlier questions, so one pass sees every cascade (as the interview's drop_unasked does).
  function askedQuestions(checklist, department, answers) {
    var kept = {};
    var asked = [];
    checklist.questions.forEach(function (question) {
      if (isAsked(question, checklist, department, kept)) {
        asked.push(question.id);
        if (isAnswered(answers[question.id])) {
          kept[question.id] = answers[question.id];
        }
      }
    });
    return { ids: asked, answers: kept };
  }

  return { evaluate: evaluate, isAsked: isAsked, appliesTo: appliesTo, askedQuestions: askedQuestions };
});
