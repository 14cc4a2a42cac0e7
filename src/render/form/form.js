// The browser form's behaviour: shows the questions that apply (when.js), keeps every change in the
// browser's localStorage, downloads the answers as an answer file and loads one back. No network.
(function () {
  "use strict";
  var when = window.ReadinessWhen;
  var answerFile = window.ReadinessAnswerFile;
  var checklist = JSON.parse(document.getElementById("readiness-checklist").textContent);
  var storageKey = "readiness-form:" + checklist.id + "@" + checklist.version +
    (checklist.department ? ":" + checklist.department : "");
  var form = document.getElementById("form");
  var status = document.getElementById("status");
  var containers = {};
  document.querySelectorAll("[data-question]").forEach(function (element) {
    containers[element.getAttribute("data-question")] = element;
  });
  var field = function (name) {
    return form.elements.namedItem(name);
  };
  var state = { organisation: "", respondent: { name: "", department: "", role: "" }, answers: {}, notes: {} };

  function inputs(container, type) {
    return Array.prototype.slice.call(container.querySelectorAll('input[type="' + type + '"]'));
  }

  function noteOf(container) {
    var text = container.querySelector("textarea.note").value;
    return text.trim() === "" ? undefined : text;
  }

  // The answer the controls hold, in when.js's form; undefined when unanswered.
  function readAnswer(question, container) {
    if (question.type === "choice") {
      var chosen = inputs(container, "radio").find(function (i) { return i.checked; });
      return chosen ? chosen.value : undefined;
    }
    if (question.type === "multi") {
      var checked = inputs(container, "checkbox").filter(function (i) { return i.checked; });
      var values = checked.map(function (i) { return i.value; });
      if (values.indexOf("n/a") >= 0) {
        return "n/a";
      }
      return values.length ? values : undefined;
    }
    if (question.type === "number") {
      var number = container.querySelector('input[type="number"]');
      var range = container.querySelector(".range-error");
      var outside = false;
      var answer;
      if (inputs(container, "checkbox")[0].checked) {
        answer = "n/a";
      } else if (number.value !== "") {
        var value = number.valueAsNumber;
        outside = !isFinite(value) || (question.min !== undefined && value < question.min) ||
          (question.max !== undefined && value > question.max);
        answer = outside ? undefined : value;
      }
      range.hidden = !outside;
      number.setAttribute("aria-invalid", outside ? "true" : "false");
      return answer;
    }
    var text = container.querySelector("textarea:not(.note)").value;
    return text.trim() === "" ? undefined : text;
  }

  function clearControls(container) {
    container.querySelectorAll("input").forEach(function (i) {
      if (i.type === "radio" || i.type === "checkbox") {
        i.checked = false;
      } else {
        i.value = "";
      }
    });
    container.querySelectorAll("textarea").forEach(function (t) { t.value = ""; });
    var range = container.querySelector(".range-error");
    if (range) {
      range.hidden = true;
    }
  }

  // The option an answer names: its value exactly, or its label ignoring case (as the C++ loader does).
  function optionValue(question, text) {
    var found = (question.options || []).find(function (o) {
      return o.value === text || o.label.toLowerCase() === String(text).toLowerCase();
    });
    return found ? found.value : undefined;
  }

  function writeAnswer(question, container, value) {
    clearControls(container);
    if (value === undefined || value === null) {
      return;
    }
    if (question.type === "choice" || question.type === "multi") {
      var list = Array.isArray(value) ? value : [value];
      var values = list.map(function (v) { return v === "n/a" ? "n/a" : optionValue(question, v); });
      container.querySelectorAll("input").forEach(function (i) {
        i.checked = values.indexOf(i.value) >= 0;
      });
    } else if (question.type === "number") {
      if (value === "n/a") {
        inputs(container, "checkbox")[0].checked = true;
      } else {
        container.querySelector('input[type="number"]').value = String(value);
      }
    } else {
      container.querySelector("textarea:not(.note)").value = String(value);
    }
  }

  function readRespondent() {
    state.organisation = field("organisation").value;
    state.respondent.name = field("respondent.name").value;
    state.respondent.role = field("respondent.role").value;
    state.respondent.department = field("respondent.department").value;
  }

  // Shows what is asked of the department on these answers; a question no longer asked loses its answer.
  function refresh() {
    readRespondent();
    var department = state.respondent.department;
    var raw = {};
    checklist.questions.forEach(function (q) {
      var value = readAnswer(q, containers[q.id]);
      if (value !== undefined) {
        raw[q.id] = value;
      }
    });
    var asked = when.askedQuestions(checklist, department, raw);
    var answered = 0;
    state.answers = asked.answers;
    state.notes = {};
    checklist.questions.forEach(function (q) {
      var container = containers[q.id];
      var shown = asked.ids.indexOf(q.id) >= 0;
      var applies = department !== "" && when.appliesTo(q, department);
      container.hidden = !shown;
      container.toggleAttribute("data-skipped", !shown && applies);
      if (!shown) {
        clearControls(container);
        return;
      }
      var note = noteOf(container);
      if (note !== undefined) {
        state.notes[q.id] = note;
      }
      if (q.id in asked.answers) {
        answered += 1;
      }
    });
    document.querySelectorAll("section.dimension").forEach(function (section) {
      var questions = Array.prototype.slice.call(section.querySelectorAll("[data-question]"));
      section.hidden = !questions.some(function (c) { return !c.hidden; });
      section.toggleAttribute("data-applies", questions.some(function (c) {
        return !c.hidden || c.hasAttribute("data-skipped");
      }));
    });
    var progress = document.getElementById("progress");
    progress.max = Math.max(asked.ids.length, 1);
    progress.value = answered;
    document.getElementById("progress-text").textContent =
      answered + " of " + asked.ids.length + " answered" + (department === "" ? " (choose your department)" : "");
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) {
      status.textContent = "This browser does not keep the answers; download them before closing the page.";
    }
  }

  function apply(saved) {
    field("organisation").value = saved.organisation || "";
    var respondent = saved.respondent || {};
    field("respondent.name").value = respondent.name || "";
    field("respondent.role").value = respondent.role || "";
    if (!checklist.department) {
      field("respondent.department").value = respondent.department || "";
    }
    checklist.questions.forEach(function (q) {
      var container = containers[q.id];
      writeAnswer(q, container, (saved.answers || {})[q.id]);
      container.querySelector("textarea.note").value = (saved.notes || {})[q.id] || "";
    });
    refresh();
  }

  // ---- The answer file (answer_file.js) ----

  function today() {
    var d = new Date();
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function answerFileText() {
    refresh();
    return answerFile.write(checklist, state, today());
  }

  function fileName() {
    var slug = state.respondent.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return (slug || "answers") + ".yaml";
  }

  function download() {
    var text = answerFileText();
    if (state.respondent.department === "") {
      status.textContent = "Choose your department first: it decides which questions count.";
      field("respondent.department").focus();
      return;
    }
    var name = fileName();
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/yaml" }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    status.textContent = "Saved " + name + " to your downloads. Send it back by e-mail." +
      (state.respondent.name.trim() === "" ? " Your name is missing: add it and download again." : "");
  }

  function parseAnswerFile(text) {
    return answerFile.parse(text);
  }

  function load(text, name) {
    var file;
    try {
      file = parseAnswerFile(text);
    } catch (e) {
      status.textContent = name + " could not be read (" + e.message + ").";
      return;
    }
    if (file.checklist !== checklist.id) {
      status.textContent = name + " answers '" + file.checklist + "', not '" + checklist.id + "'.";
      return;
    }
    if (checklist.department && file.respondent.department !== checklist.department) {
      status.textContent = name + " is for another department (" + file.respondent.department + ").";
      return;
    }
    var answers = {};
    checklist.questions.forEach(function (q) {
      var value = file.answers[q.id];
      if (value === undefined) {
        return;
      }
      answers[q.id] = q.type === "text" || value === "n/a" ? String(value) :
        q.type === "number" ? Number(value) : value;
    });
    apply({ organisation: file.organisation ? String(file.organisation) : "", answers: answers, notes: file.notes,
      respondent: { name: String(file.respondent.name || ""), role: String(file.respondent.role || ""),
        department: String(file.respondent.department || "") } });
    status.textContent = "Loaded " + name + ".";
  }

  // ---- Events ----

  form.addEventListener("change", function (event) {
    var target = event.target;
    var container = target.closest("[data-question]");
    if (container && target.type === "checkbox" && target.checked) {
      // n/a excludes the options (and a number), and an option excludes n/a.
      inputs(container, "checkbox").forEach(function (box) {
        if (box !== target && (box.value === "n/a" || target.value === "n/a")) {
          box.checked = false;
        }
      });
      if (target.value === "n/a") {
        var number = container.querySelector('input[type="number"]');
        if (number) {
          number.value = "";
        }
      }
    }
    refresh();
  });
  form.addEventListener("input", function (event) {
    var container = event.target.closest("[data-question]");
    if (container && event.target.type === "number" && event.target.value !== "") {
      inputs(container, "checkbox").forEach(function (box) { box.checked = false; });
    }
    refresh();
  });
  form.addEventListener("click", function (event) {
    if (event.target.getAttribute("data-action") === "clear") {
      event.target.closest("[data-question]").querySelectorAll('input[type="radio"]').forEach(function (i) {
        i.checked = false;
      });
      refresh();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  document.querySelector('[data-action="download"]').addEventListener("click", download);
  document.querySelector('[data-action="print"]').addEventListener("click", function () {
    window.print();
  });
  document.querySelector('[data-action="reset"]').addEventListener("click", function () {
    if (window.confirm("Clear every answer in this form?")) {
      apply({});
      status.textContent = "Cleared.";
    }
  });
  document.querySelector('[data-action="load"]').addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      load(String(reader.result), file.name);
      event.target.value = "";
    };
    reader.readAsText(file);
  });

  var saved = null;
  try {
    saved = JSON.parse(window.localStorage.getItem(storageKey) || "null");
  } catch (e) {
    saved = null;
  }
  apply(saved || {});
  window.readinessForm = { answerFileText: answerFileText, parseAnswerFile: parseAnswerFile, load: load,
    storageKey: storageKey };
})();
