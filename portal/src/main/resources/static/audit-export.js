// The audit's export with a progress bar: the audit announces how many actions the export holds
// (X-Audit-Actions), and the page counts them as they arrive. Without this script the form is a
// plain download, which the browser shows on its own.
(function () {
  "use strict";

  function countIn(text, json) {
    if (json) {
      return text.split('{"actionId"').length - 1;
    }
    return text.split("\n").length - 1;
  }

  function fileName(response, fallback) {
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    return match ? match[1] : fallback;
  }

  document.addEventListener("submit", async function (event) {
    const form = event.target.closest("form[data-export-progress]");
    if (!form || !window.fetch || !window.ReadableStream || !window.TextDecoder) {
      return;
    }
    event.preventDefault();
    const bar = document.getElementById(form.dataset.exportProgress);
    const status = document.getElementById(form.dataset.exportProgress + "-status");
    const url = form.action + "?" + new URLSearchParams(new FormData(form)).toString();
    const json = new FormData(form).get("format") === "json";
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok || !response.body) {
      window.location.assign(url); // the portal's page says why
      return;
    }
    const total = Number(response.headers.get("X-Audit-Actions") || "0");
    bar.max = Math.max(total, 1);
    bar.value = 0;
    bar.hidden = false;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const chunks = [];
    let seen = json ? 0 : -1; // a CSV's first line is its header
    let carry = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      const text = carry + decoder.decode(value, { stream: true });
      seen += countIn(text, json);
      carry = json ? text.slice(-11) : "";
      if (json) {
        seen -= countIn(carry, json);
      }
      const shown = Math.min(Math.max(seen, 0), total);
      bar.value = shown;
      status.textContent = form.dataset.progressText
        .replace("{0}", shown.toLocaleString())
        .replace("{1}", total.toLocaleString());
    }
    bar.value = bar.max;
    status.textContent = form.dataset.doneText.replace("{0}", total.toLocaleString());
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") || "" }));
    link.download = fileName(response, "audit-export");
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  });
})();
