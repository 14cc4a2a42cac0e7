// The answer file (docs/answers.md) as the browser form writes and reads it: pure text functions, no page.
// Loaded by the page (form_html.cpp inlines it before form.js) and by node tests.
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.ReadinessAnswerFile = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";


  function hex4(code) {
    return ("000" + code.toString(16).toUpperCase()).slice(-4);
  }

  // A YAML double-quoted scalar; control characters escaped, a lone surrogate replaced.
  function quote(text) {
    var out = '"';
    for (var i = 0; i < text.length; ++i) {
      var c = text.charCodeAt(i);
      var ch = text.charAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && /[\udc00-\udfff]/.test(text.charAt(i + 1))) {
        out += ch + text.charAt(++i);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        out += "\ufffd";
      } else if (ch === '"' || ch === "\\") {
        out += "\\" + ch;
      } else if (ch === "\n") {
        out += "\\n";
      } else if (ch === "\t") {
        out += "\\t";
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0xfffe || c === 0xffff) {
        out += "\\u" + hex4(c);
      } else {
        out += ch;
      }
    }
    return out + '"';
  }

  function yamlValue(value) {
    if (value === "n/a") {
      return "n/a";
    }
    if (typeof value === "number") {
      return String(value);
    }
    if (Array.isArray(value)) {
      return "[" + value.map(quote).join(", ") + "]";
    }
    return quote(value);
  }

  // The answer file of `state` ({ organisation, respondent, answers, notes }) for `checklist`, dated `date`.
  function write(checklist, state, date) {
    var lines = [
      "# Answers to " + quote(checklist.title) + ", saved by the readiness form. Check: readiness validate FILE",
      "checklist: " + quote(checklist.id),
      "checklist_version: " + quote(checklist.version),
    ];
    if (state.organisation.trim() !== "") {
      lines.push("organisation: " + quote(state.organisation));
    }
    lines.push("date: " + quote(date), "respondent:", "  name: " + quote(state.respondent.name),
      "  department: " + quote(state.respondent.department));
    if (state.respondent.role.trim() !== "") {
      lines.push("  role: " + quote(state.respondent.role));
    }
    lines.push("answers:");
    checklist.questions.forEach(function (q) {
      var has = q.id in state.answers;
      var note = state.notes[q.id];
      if (note !== undefined) {
        lines.push("  " + q.id + ": { " + (has ? "value: " + yamlValue(state.answers[q.id]) + ", " : "") +
          "note: " + quote(note) + " }");
      } else if (has) {
        lines.push("  " + q.id + ": " + yamlValue(state.answers[q.id]));
      }
    });
    return lines.join("\n") + "\n";
  }


  // ---- Reading an answer file back: the YAML this page writes, and simple hand-written files ----

  function unquoteDouble(text, at) {
    var out = "";
    var escapes = { n: "\n", t: "\t", r: "\r", "0": "\0", '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f",
      e: "\x1b", " ": " ", N: "\x85", _: "\xa0" };
    for (var i = at + 1; i < text.length; ++i) {
      var ch = text.charAt(i);
      if (ch === '"') {
        return { value: out, end: i + 1 };
      }
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      var next = text.charAt(++i);
      var size = { x: 2, u: 4, U: 8 }[next];
      if (size) {
        out += String.fromCodePoint(parseInt(text.substr(i + 1, size), 16));
        i += size;
      } else if (next in escapes) {
        out += escapes[next];
      } else {
        throw new Error("unknown escape \\" + next);
      }
    }
    throw new Error("unterminated quoted text");
  }

  function parseScalar(text, at, inFlow) {
    var ch = text.charAt(at);
    if (ch === '"') {
      return unquoteDouble(text, at);
    }
    if (ch === "'") {
      var out = "";
      for (var i = at + 1; i < text.length; ++i) {
        if (text.charAt(i) === "'") {
          if (text.charAt(i + 1) === "'") {
            out += "'";
            ++i;
            continue;
          }
          return { value: out, end: i + 1 };
        }
        out += text.charAt(i);
      }
      throw new Error("unterminated quoted text");
    }
    var stop = inFlow ? /,|\]|\}|\s#/ : /\s#/;
    var rest = text.slice(at);
    var match = rest.search(stop);
    var raw = (match < 0 ? rest : rest.slice(0, match)).trim();
    var end = at + (match < 0 ? rest.length : match);
    if (raw === "" || raw === "~" || raw === "null") {
      return { value: null, end: end };
    }
    return { value: /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw, end: end, plain: true };
  }

  function skipSpaces(text, at) {
    while (at < text.length && /\s/.test(text.charAt(at))) {
      ++at;
    }
    return at;
  }

  function parseValue(text, at, inFlow) {
    at = skipSpaces(text, at);
    var open = text.charAt(at);
    if (open !== "[" && open !== "{") {
      return parseScalar(text, at, inFlow);
    }
    var close = open === "[" ? "]" : "}";
    var result = open === "[" ? [] : {};
    at = skipSpaces(text, at + 1);
    while (text.charAt(at) !== close) {
      if (open === "{") {
        var colon = text.indexOf(":", at);
        if (colon < 0) {
          throw new Error("expected key: value");
        }
        var key = text.slice(at, colon).trim().replace(/^["']|["']$/g, "");
        var item = parseValue(text, colon + 1, true);
        result[key] = item.value;
        at = item.end;
      } else {
        var element = parseValue(text, at, true);
        result.push(element.value);
        at = element.end;
      }
      at = skipSpaces(text, at);
      if (text.charAt(at) === ",") {
        at = skipSpaces(text, at + 1);
      } else if (text.charAt(at) !== close) {
        throw new Error("expected , or " + close);
      }
    }
    return { value: result, end: at + 1 };
  }

  // The file as { checklist, organisation, respondent, answers, notes }; throws with the line on a problem.
  function parseAnswerFile(text) {
    var file = { respondent: {}, answers: {}, notes: {} };
    var block = null;
    text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/).forEach(function (line, index) {
      try {
        if (/^\s*(#.*)?$/.test(line)) {
          return;
        }
        var match = /^(\s*)([^\s:#][^:]*?)\s*:(\s+|$)(.*)$/.exec(line);
        if (!match) {
          throw new Error("expected key: value");
        }
        var key = match[2].replace(/^["']|["']$/g, "");
        var value = parseValue(match[4], 0, false).value;
        if (match[1] === "") {
          block = value === null ? key : null;
          if (key === "respondent" && value !== null) {
            file.respondent = value;
          } else if (key !== "answers" && key !== "respondent") {
            file[key] = value;
          }
        } else if (block === "respondent") {
          file.respondent[key] = value;
        } else if (block === "answers") {
          if (value !== null && typeof value === "object" && !Array.isArray(value)) {
            if (value.note !== undefined && value.note !== null) {
              file.notes[key] = String(value.note);
            }
            value = value.value === undefined ? null : value.value;
          }
          if (value !== null) {
            file.answers[key] = value;
          }
        }
      } catch (e) {
        throw new Error("line " + (index + 1) + ": " + e.message);
      }
    });
    return file;
  }

  return { write: write, parse: parseAnswerFile };
});
