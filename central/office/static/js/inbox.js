/* The requests inbox in the browser: unlock the office key (in worker.js), open the sealed
 * requests of the table and of the open request, seal notes, export, forget.
 *
 * Without JavaScript the page still lists metadata and takes follow-up steps as plain forms.
 * With it, the table, filters, pages and the request panel are loaded in place (fetch), so the
 * key stays in this page's worker while the coordinator works; leaving the page, closing the
 * tab, "Lock the key" or IDLE minutes without a key press or click forget it (the worker is
 * terminated and every opened value is removed from the page). Opened values are written into
 * the page with textContent only. Nothing is kept in any browser storage. This cannot hide what
 * is on screen from someone standing behind the coordinator.
 */
"use strict";

(function () {
  const root = document.getElementById("inbox");
  if (!root) return;
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const $ = (id) => document.getElementById(id);
  const PAD = (n) => String(n).padStart(2, "0");

  let client = null; // client.json
  let worker = null;
  let pending = new Map();
  let seq = 0;
  let unlocked = false;
  let fingerprint = "";
  let opened = new Map(); // request id -> payload (or {error})
  let lastActivity = Date.now();

  function text(key, values) {
    let value = (client && client.texts[key]) || key;
    for (const [name, filler] of Object.entries(values || {})) {
      value = value.split("{" + name + "}").join(String(filler));
    }
    return value;
  }

  /* -- the worker ------------------------------------------------------------------------- */

  function startWorker() {
    worker = new Worker("/office/static/js/worker.js");
    pending = new Map();
    worker.onmessage = (event) => {
      const reply = event.data;
      const waiting = pending.get(reply.seq);
      if (!waiting) return;
      pending.delete(reply.seq);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(Object.assign(new Error(reply.code), { code: reply.code, detail: reply.detail }));
    };
    worker.onerror = () => {
      for (const waiting of pending.values()) waiting.reject(Object.assign(new Error("failed"), { code: "failed" }));
      pending.clear();
    };
    if (client && client.key) call("publicKey", { publicKey: client.key.public_key }).catch(() => {});
  }

  function call(op, message) {
    const id = ++seq;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage(Object.assign({ op: op, seq: id }, message || {}));
    });
  }

  function forget(reason) {
    if (worker) worker.terminate();
    unlocked = false;
    fingerprint = "";
    opened = new Map();
    startWorker();
    for (const cell of document.querySelectorAll(".plain-name")) sealCell(cell);
    for (const cell of document.querySelectorAll(".plain-contact")) cell.textContent = "";
    clearPanel();
    $("key-open").hidden = true;
    $("key-forms").hidden = false;
    for (const id of ["passphrase", "wrap-new", "wrap-repeat"]) if ($(id)) $(id).value = "";
    if ($("key-file")) $("key-file").value = "";
    say(reason || text("unlock.locked_text"));
  }

  function sealCell(cell) {
    cell.textContent = "";
    const span = document.createElement("span");
    span.className = "sealed";
    span.textContent = text("sealed_word");
    cell.appendChild(span);
  }

  /* -- messages ---------------------------------------------------------------------------- */

  function say(message) {
    $("key-state").textContent = message;
  }

  function fail(error, values) {
    const box = $("key-error");
    let code = (error && error.code) || "failed";
    if (code === "locked") code = "locked_error";
    let message = text(code, Object.assign({ detail: (error && error.detail) || "" }, values || {}));
    if (message === code) message = text("failed");
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    $("key-error").hidden = true;
    $("key-error").textContent = "";
  }

  /* -- talking to the server ---------------------------------------------------------------- */

  async function getJSON(url) {
    const answer = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (answer.status === 401) window.location.assign("/office/login?expired=1");
    if (!answer.ok) throw Object.assign(new Error("http"), { code: "failed" });
    return answer.json();
  }

  async function post(url, body, json) {
    const headers = { "X-CSRF-Token": token, Accept: json ? "application/json" : "text/html" };
    if (json) headers["Content-Type"] = "application/json";
    const answer = await fetch(url, {
      method: "POST",
      headers: headers,
      credentials: "same-origin",
      body: json ? JSON.stringify(body) : body,
    });
    if (answer.status === 401) window.location.assign("/office/login?expired=1");
    return answer;
  }

  function filterQuery() {
    const body = $("table-body");
    return body ? body.dataset.query || "" : "";
  }

  /* -- opening requests ---------------------------------------------------------------------- */

  async function openItems(items) {
    const fresh = items.filter((item) => !opened.has(item.id));
    if (!fresh.length) return;
    const result = await call("open", { items: fresh });
    let failed = 0;
    for (const entry of result.opened) {
      opened.set(entry.id, entry.payload ? entry.payload : { error: entry.error });
      if (!entry.payload) failed += 1;
    }
    if (failed) fail({ code: "not_opened" }, { count: failed });
  }

  function contactOf(payload) {
    return [payload.phone, payload.email].filter((v) => typeof v === "string" && v).join(" · ");
  }

  function fillTable() {
    for (const row of document.querySelectorAll("#requests tbody tr")) {
      const payload = opened.get(row.dataset.id);
      const name = row.querySelector(".plain-name");
      const contact = row.querySelector(".plain-contact");
      if (!payload) continue;
      if (payload.error) {
        name.textContent = text("open." + payload.error.replace(/^open\./, ""));
        name.classList.add("unreadable");
        contact.textContent = "";
        continue;
      }
      name.textContent = String(payload.first_name || "");
      contact.textContent = contactOf(payload);
    }
  }

  async function openTable() {
    if (!unlocked) return;
    const data = await getJSON("/office/requests/sealed.json?" + filterQuery());
    await openItems(data.items);
    fillTable();
  }

  function listNames(ids, names) {
    return (Array.isArray(ids) ? ids : []).map((id) => (names && names[id]) || String(id)).join(", ");
  }

  /* The opened request as (label, value) pairs, in the page's language. */
  function describe(payload) {
    const names = client.names;
    return [
      ["col.name", payload.first_name],
      ["col.phone", payload.phone || ""],
      ["col.email", payload.email || ""],
      ["col.channel", listNames([payload.preferred_channel].filter(Boolean), names.channels)],
      ["col.slot", listNames([payload.time_slot].filter(Boolean), names.slots)],
      ["col.needs", listNames(payload.needs, names.needs)],
      ["col.ages", (payload.children_ages || []).join(", ")],
      ["col.periods", listNames(payload.periods, names.periods)],
      ["col.days", listNames(payload.weekdays, names.days)],
      ["col.comune_chosen", listNames([payload.comune].filter(Boolean), names.comuni)],
      ["col.language", payload.language || ""],
      ["col.consent_news", payload.consent_news ? text("yes") : text("no")],
    ];
  }

  async function openPanel() {
    const article = $("request");
    if (!article || !unlocked) return;
    const data = await getJSON("/office/requests/" + encodeURIComponent(article.dataset.id) + "/sealed.json");
    await openItems([data.request]);
    const payload = opened.get(data.request.id);
    const list = $("plain");
    list.textContent = "";
    if (payload && !payload.error) {
      for (const [label, value] of describe(payload)) {
        if (!value) continue;
        const term = document.createElement("dt");
        term.textContent = text(label);
        const detail = document.createElement("dd");
        detail.textContent = String(value);
        list.append(term, detail);
      }
      list.hidden = false;
      $("plain-sealed").hidden = true;
    } else if (payload) {
      $("plain-sealed").textContent = text("open." + payload.error.replace(/^open\./, ""));
    }
    if (data.notes.length) {
      const notes = await call("openNotes", { items: data.notes });
      for (const entry of notes.opened) {
        const box = article.querySelector('[data-note="' + entry.id + '"]');
        if (!box) continue;
        box.textContent = entry.text !== undefined ? entry.text : text("open." + entry.error.replace(/^open\./, ""));
      }
    }
    fillTable();
  }

  function enableNotes() {
    const canSeal = unlocked || Boolean(client && client.key);
    if ($("note-text")) $("note-text").disabled = !canSeal;
    if ($("note-add")) $("note-add").disabled = !canSeal;
  }

  function clearPanel() {
    const list = $("plain");
    if (list) {
      list.textContent = "";
      list.hidden = true;
      $("plain-sealed").hidden = false;
    }
    for (const box of document.querySelectorAll("[data-note]")) sealCell(box);
    if ($("note-text")) $("note-text").value = "";
    enableNotes();
  }

  /* -- unlocking ----------------------------------------------------------------------------- */

  async function afterUnlock(result, how) {
    unlocked = true;
    fingerprint = result.fingerprint;
    $("key-forms").hidden = true;
    $("key-open").hidden = false;
    clearError();
    say(text("unlocked", { fingerprint: fingerprint, minutes: client.idle_minutes }));
    lastActivity = Date.now();
    post("/office/requests/unlocked", { how: how, fingerprint: fingerprint }, true).catch(() => {});
    await openTable();
    await openPanel();
    enableNotes();
  }

  async function unlockWithFile(event) {
    event.preventDefault();
    clearError();
    const file = $("key-file").files[0];
    if (!file) return fail({ code: "key.not_key" });
    if (file.size > 4096) return fail({ code: "key.too_large" });
    say(text("working"));
    try {
      const content = await file.text();
      const expected = client.key ? client.key.fingerprint : "";
      const result = await call("unlockFile", { text: content, name: file.name, expected: expected });
      $("key-file").value = "";
      await afterUnlock(result, "file");
    } catch (error) {
      say(text("unlock.locked_text"));
      fail(error);
    }
  }

  async function unlockWithPassphrase(event) {
    event.preventDefault();
    clearError();
    const field = $("passphrase");
    say(text("working"));
    try {
      const result = await call("unlockPassphrase", {
        passphrase: field.value,
        wrapped: client.key.wrapped,
        expected: client.key.fingerprint,
      });
      field.value = "";
      await afterUnlock(result, "passphrase");
    } catch (error) {
      field.value = "";
      say(text("unlock.locked_text"));
      fail(error);
    }
  }

  async function wrapKey(event) {
    event.preventDefault();
    clearError();
    const first = $("wrap-new");
    const second = $("wrap-repeat");
    if (first.value !== second.value) return fail({ code: "passphrase.mismatch" });
    if (first.value.length < client.passphrase_min) return fail({ code: "passphrase.short" }, { min: client.passphrase_min });
    say(text("working"));
    try {
      const wrapped = await call("wrap", { passphrase: first.value, minLength: client.passphrase_min });
      first.value = second.value = "";
      const answer = await post("/office/requests/key", wrapped, true);
      const body = await answer.json();
      if (!answer.ok) throw Object.assign(new Error("refused"), { code: "server", detail: body.detail });
      client.key = { public_key: wrapped.public_key, fingerprint: wrapped.fingerprint, wrapped: wrapped };
      say(text("wrapped.saved"));
    } catch (error) {
      first.value = second.value = "";
      say(text("unlocked", { fingerprint: fingerprint, minutes: client.idle_minutes }));
      if (error.code === "server") {
        $("key-error").textContent = error.detail;
        $("key-error").hidden = false;
      } else fail(error, { min: client.passphrase_min });
    }
  }

  /* -- loading parts of the page in place -------------------------------------------------------- */

  async function loadTable(url) {
    const answer = await fetch(url + (url.includes("?") ? "&" : "?") + "fragment=table", {
      credentials: "same-origin",
      headers: { Accept: "text/html" },
    });
    if (answer.status === 401 || answer.redirected) return window.location.assign(url);
    $("table").innerHTML = await answer.text();
    history.replaceState(null, "", url);
    const count = $("table-body") ? $("table-body").dataset.notHandled : "";
    if (count && $("not-handled")) $("not-handled").textContent = text("not_handled_label", { count: count });
    fillTable();
    await openTable();
  }

  async function showPanel(html, focus) {
    const panel = $("panel");
    panel.innerHTML = html;
    panel.hidden = false;
    clearPanel();
    const article = $("request");
    for (const row of document.querySelectorAll("#requests tbody tr")) {
      row.classList.toggle("current", Boolean(article) && row.dataset.id === article.dataset.id);
    }
    if (focus && $("request-title")) $("request-title").focus();
    await openPanel();
  }

  async function openRequest(link) {
    const answer = await fetch(link.href + "?fragment=1", { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (answer.status === 401) return window.location.assign(link.href);
    await showPanel(await answer.text(), true);
  }

  async function submitStep(form, submitter) {
    const data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    const answer = await post(form.getAttribute("action"), new URLSearchParams(data), false); // form.action is the button named "action"
    await showPanel(await answer.text(), true);
    await loadTable(window.location.pathname + window.location.search);
  }

  async function addNote(form) {
    clearError();
    const area = $("note-text");
    try {
      const sealed = await call("sealNote", { text: area.value, requestId: form.dataset.request, maxLength: client.note_max });
      const answer = await post(form.dataset.action, { sealed: sealed.sealed }, true);
      area.value = "";
      await showPanel(await answer.text(), true);
    } catch (error) {
      fail(error, { max: client.note_max });
    }
  }

  /* -- export -------------------------------------------------------------------------------- */

  const FORMULA = /^[=+\-@\t\r]/;
  const PHONE = /^\+[\d ]+$/;

  function exportRows(items) {
    const names = client.names;
    const header = [
      text("col.reference"), text("col.received"), text("col.kiosk"), text("col.status"), text("col.assigned"),
      text("col.name"), text("col.phone"), text("col.email"), text("col.channel"), text("col.slot"),
      text("col.language"), text("col.comune_chosen"), text("col.needs"), text("col.ages"), text("col.periods"),
      text("col.days"), text("col.consent_news"), text("col.notice"), text("col.problem"),
    ];
    const rows = [];
    for (const item of items) {
      const payload = opened.get(item.id);
      const received = new Date(item.received_at);
      const when = received.getFullYear() + "-" + PAD(received.getMonth() + 1) + "-" + PAD(received.getDate()) +
        " " + PAD(received.getHours()) + ":" + PAD(received.getMinutes());
      const status = text("status." + item.status) + (item.outcome ? " (" + text("outcome." + item.outcome) + ")" : "");
      if (!payload || payload.error) {
        rows.push([item.reference, when, item.delivered_by, status, item.assigned_to, "", "", "", "", "", "", "", "", "", "", "", "", "",
          text("open." + String((payload && payload.error) || "open.damaged").replace(/^open\./, ""))]);
        continue;
      }
      rows.push([
        item.reference, when, item.delivered_by, status, item.assigned_to,
        payload.first_name || "", payload.phone || "", payload.email || "",
        listNames([payload.preferred_channel].filter(Boolean), names.channels),
        listNames([payload.time_slot].filter(Boolean), names.slots),
        payload.language || "",
        listNames([payload.comune].filter(Boolean), names.comuni),
        listNames(payload.needs, names.needs),
        (payload.children_ages || []).join(", "),
        listNames(payload.periods, names.periods),
        listNames(payload.weekdays, names.days),
        payload.consent_news ? text("yes") : text("no"),
        payload.notice_version || "",
        payload.kiosk_id !== item.delivered_by ? payload.kiosk_id : "",
      ]);
    }
    return { header: header, rows: rows.map((row) => row.map((cell) => String(cell == null ? "" : cell).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""))) };
  }

  function csvCell(value) {
    let cell = value;
    if (FORMULA.test(cell) && !PHONE.test(cell)) cell = "'" + cell; // what inbox.py does
    return /[";\r\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.remove();
    }, 1000);
  }

  async function exportAs(format) {
    clearError();
    try {
      const data = await getJSON("/office/requests/sealed.json?all=1&" + filterQuery().replace(/(^|&)page=\d+/, ""));
      if (!data.items.length) return say(text("nothing_to_export"));
      await openItems(data.items);
      const table = exportRows(data.items);
      const now = new Date();
      const stamp = now.getFullYear() + PAD(now.getMonth() + 1) + PAD(now.getDate()) + "-" + PAD(now.getHours()) + PAD(now.getMinutes());
      const name = "richieste-" + stamp + "." + format;
      if (format === "csv") {
        const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(";"));
        download(new Blob(["\uFEFF" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" }), name);
      } else {
        const sheet = [
          table.header.map((value) => ({ value: value, fontWeight: "bold" })),
          ...table.rows.map((row) => row.map((value) => ({ value: value, type: String }))),
        ];
        const blob = await window.writeXlsxFile(sheet, { sheet: "Richieste", stickyRowsCount: 1 }).toBlob();
        download(blob, name);
      }
      await post("/office/requests/exported", { ids: data.items.map((item) => item.id), format: format }, true);
      say(text("exported", { count: data.items.length, file: name }));
    } catch (error) {
      fail(error);
    }
  }

  /* -- wiring -------------------------------------------------------------------------------- */

  function busy(promise) {
    promise.catch((error) => fail(error));
  }

  async function start() {
    client = await getJSON(root.dataset.client);
    client.texts["unlock.locked_text"] = $("key-state").textContent;
    client.texts["sealed_word"] = (document.querySelector(".sealed") || { textContent: "" }).textContent || "…";
    const badge = $("not-handled");
    client.texts["not_handled_label"] = badge ? badge.textContent.replace(/\d+/, "{count}") : "{count}";
    startWorker();
    $("key-forms").hidden = false;
    $("unlock-file").addEventListener("submit", (event) => busy(unlockWithFile(event)));
    if ($("unlock-passphrase")) $("unlock-passphrase").addEventListener("submit", (event) => busy(unlockWithPassphrase(event)));
    if ($("wrap-form")) $("wrap-form").addEventListener("submit", (event) => busy(wrapKey(event)));
    $("lock").addEventListener("click", () => forget(text("locked")));
    $("export-csv").addEventListener("click", () => busy(exportAs("csv")));
    $("export-xlsx").addEventListener("click", () => busy(exportAs("xlsx")));
    $("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      const query = new URLSearchParams(new FormData($("filters")));
      for (const [name, value] of [...query.entries()]) if (!value) query.delete(name);
      busy(loadTable("/office/requests?" + query.toString()));
    });
    document.addEventListener("click", (event) => {
      const link = event.target.closest("a");
      if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (link.classList.contains("open-request")) {
        event.preventDefault();
        busy(openRequest(link));
      } else if (link.classList.contains("page-link") || link.id === "filters-reset") {
        event.preventDefault();
        if (link.id === "filters-reset") $("filters").reset();
        busy(loadTable(link.getAttribute("href")));
      }
    });
    $("panel").addEventListener("submit", (event) => {
      const form = event.target;
      event.preventDefault();
      if (form.id === "note-form") busy(addNote(form));
      else busy(submitStep(form, event.submitter));
    });
    for (const kind of ["keydown", "pointerdown", "wheel"]) {
      document.addEventListener(kind, () => (lastActivity = Date.now()), { passive: true, capture: true });
    }
    setInterval(() => {
      if (unlocked && Date.now() - lastActivity > client.idle_minutes * 60000) {
        forget(text("locked_idle", { minutes: client.idle_minutes }));
      }
    }, 5000);
    window.addEventListener("pagehide", () => {
      if (worker) worker.terminate();
      opened = new Map();
    });
    enableNotes();
  }

  start().catch(() => {
    $("key-error").textContent = "JavaScript: client.json";
    $("key-error").hidden = false;
  });
})();
