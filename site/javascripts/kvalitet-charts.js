/*
 * kvalitet-charts.js: draws every chart on the site with the one shared, self-hosted plotly.js.
 *
 * Element contract (written by the page generator; the same text is in kvalitet/sitecheck.py):
 *
 *   <figure class="kv-chart">
 *     <div class="kv-plot" id="kv-STABLE-ID" data-figure="RELATIVE-URL.json"
 *          role="img" aria-label="WHAT THE CHART SHOWS"></div>
 *     <figcaption>...</figcaption>
 *   </figure>
 *   <details><summary>Visa tabellen</summary> ...table with caption and th scope... </details>
 *
 * - data-figure: a URL relative to the page (same origin; any other origin is refused) of a JSON
 *   file {"data": [...], "layout": {...}}, with the site's template in layout.template
 *   (kvalitet.chartstyle.figure). Nothing else is read from the file.
 * - id: unique on the page and stable between builds; also the file name of a PNG download.
 * - This script sets data-kv-state on each .kv-plot: "loading", then "rendered" or "error". On an
 *   error the element shows a Swedish text pointing to the table, and the error goes to the console.
 * - Once drawn, role="img" and aria-label move from the div to the drawing's first SVG (the label is
 *   kept in data-kv-label), so that the mode bar's download button is not nested in an image.
 * - plotly.js (cartesian bundle) and its Swedish locale are loaded before this script
 *   (extra_javascript in mkdocs.yml). The Plotly config is fixed here for every chart: no Plotly logo,
 *   no "send to cloud" button, no cloud URL, Swedish locale, responsive, no scroll zoom.
 * - Every table's scrolling box (Material's .md-typeset__scrollwrap) gets tabindex="0", role="region"
 *   and the table's caption as its name, so that keyboard users can scroll wide tables.
 * - Works with and without Material's instant navigation: it runs on every page Material emits on
 *   document$ (and on DOMContentLoaded when document$ is missing), and purges charts of pages left.
 */
(function () {
  "use strict";

  var ERROR_TEXT =
    "Diagrammet kunde inte visas. Samma uppgifter finns i tabellen under diagrammet.";
  var drawn = [];

  function config(element) {
    return {
      displaylogo: false,
      showSendToCloud: false,
      plotlyServerURL: "",
      modeBarButtonsToRemove: ["sendChartToCloud", "select2d", "lasso2d"],
      toImageButtonOptions: { format: "png", filename: element.id || "diagram", scale: 2 },
      locale: "sv",
      responsive: true,
      scrollZoom: false,
      typesetMath: false,
    };
  }

  // The drawing is the image; the mode bar's download button is a real button and must not sit
  // inside role="img" (children of an image are hidden from assistive technology: axe
  // nested-interactive). So role and name move from the div to the plot's SVG, and the second SVG
  // (legend, colour bar, hover labels: the table says the same) is hidden from assistive technology.
  function moveImageRole(element) {
    var label = element.getAttribute("aria-label") || "";
    var layers = element.querySelectorAll("svg.main-svg");
    if (layers.length === 0) {
      return;
    }
    layers[0].setAttribute("role", "img");
    layers[0].setAttribute("aria-label", label);
    for (var i = 1; i < layers.length; i += 1) {
      layers[i].setAttribute("aria-hidden", "true");
    }
    element.removeAttribute("role");
    element.removeAttribute("aria-label");
    element.setAttribute("data-kv-label", label);
  }

  function fail(element, reason) {
    element.removeAttribute("role");
    element.removeAttribute("aria-label");
    element.setAttribute("data-kv-state", "error");
    element.classList.add("kv-plot--error");
    var note = document.createElement("p");
    note.className = "kv-plot__error";
    note.textContent = ERROR_TEXT;
    element.replaceChildren(note);
    console.error("kvalitet: diagrammet " + (element.id || "") + " kunde inte visas: " + reason);
  }

  function figureUrl(element) {
    var raw = element.getAttribute("data-figure");
    if (!raw) {
      throw new Error("data-figure saknas");
    }
    var url = new URL(raw, document.baseURI);
    if (url.origin !== window.location.origin) {
      throw new Error("data-figure pekar på en annan webbplats: " + raw);
    }
    return url;
  }

  function draw(element) {
    element.setAttribute("data-kv-state", "loading");
    var url;
    try {
      url = figureUrl(element);
    } catch (error) {
      fail(element, error.message);
      return Promise.resolve();
    }
    if (typeof window.Plotly === "undefined") {
      fail(element, "plotly.js saknas");
      return Promise.resolve();
    }
    return fetch(url.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status + " för " + url.pathname);
        }
        return response.json();
      })
      .then(function (figure) {
        if (!figure || !Array.isArray(figure.data)) {
          throw new Error("filen har ingen data-lista");
        }
        return window.Plotly.newPlot(element, figure.data, figure.layout || {}, config(element));
      })
      .then(function () {
        moveImageRole(element);
        drawn.push(element);
        element.setAttribute("data-kv-state", "rendered");
      })
      .catch(function (error) {
        fail(element, error && error.message ? error.message : String(error));
      });
  }

  function purgeDetached() {
    drawn = drawn.filter(function (element) {
      if (document.body.contains(element)) {
        return true;
      }
      if (window.Plotly) {
        window.Plotly.purge(element);
      }
      return false;
    });
  }

  // Material wraps every table in a horizontally scrolling box. A box that scrolls must be reachable
  // by keyboard (WCAG 2.1, 2.1.1; axe scrollable-region-focusable): each becomes a focusable region
  // named after its table's caption.
  function focusableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
      var caption = box.querySelector("caption");
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", caption ? caption.textContent.trim() : "Tabell");
    });
  }

  function drawAll() {
    focusableTables();
    window.setTimeout(focusableTables, 0);
    purgeDetached();
    var elements = document.querySelectorAll(".kv-plot:not([data-kv-state])");
    return Promise.all(Array.prototype.map.call(elements, draw));
  }

  if (typeof window.document$ !== "undefined" && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(drawAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
