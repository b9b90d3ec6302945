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
 *   kept in data-kv-label), and the second SVG (legend, hover labels) is hidden from assistive
 *   technology: the table says the same.
 * - plotly.js (cartesian bundle) and its Swedish locale are loaded before this script
 *   (extra_javascript in mkdocs.yml); this script registers Swedish month names over it ("jan.").
 *   The Plotly config is fixed here for every chart: no mode bar at all (it covered the first bar on
 *   touch screens), no Plotly logo, no cloud URL, Swedish locale, responsive, no scroll zoom.
 * - Under each chart one plain "Ladda ner bild" button saves a PNG with the chart's title above and
 *   its source below (the <figure>'s data-kv-title and data-kv-source).
 * - layout.meta.kvNarrow (plotly.js attribute strings) is applied while a chart is narrower than
 *   560 px, layout.meta.kvPrint on paper, where every chart is redrawn at the printed column's width.
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

  // Swedish dates on the axes, as Swedish writes them ("jan. 2021", "mars 2021"): plotly.js's own Swedish
  // locale capitalises the months ("Jan 2021"). Registered here, from this file: nothing is fetched.
  var SWEDISH = {
    moduleType: "locale",
    name: "sv",
    dictionary: {},
    format: {
      days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
      shortDays: ["sön", "mån", "tis", "ons", "tors", "fre", "lör"],
      months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december"],
      shortMonths: ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.",
        "nov.", "dec."],
      date: "%Y-%m-%d",
      decimal: ",",
      thousands: "\u00a0",
    },
  };
  var NARROW = 560; // px: below this width a chart uses layout.meta.kvNarrow (fewer, shorter ticks)
  var DOWNLOAD_TEXT = "Ladda ner bild";

  function registerLocale() {
    if (window.Plotly && !window.Plotly.__kvLocale) {
      window.Plotly.register(SWEDISH);
      window.Plotly.__kvLocale = true;
    }
  }

  function config(element) {
    return {
      displaylogo: false,
      displayModeBar: false,
      showSendToCloud: false,
      plotlyServerURL: "",
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

  // A figure may carry a narrow-screen variant of its layout (layout.meta.kvNarrow: plotly.js
  // attribute strings, e.g. {"xaxis.dtick": "M12"}); it is used while the chart is narrower than NARROW
  // px, and the figure's own values (kept in data-kv-wide) otherwise.
  // layout.meta.kvPrint, likewise, is used on paper (a shorter control chart: two to a page).
  function ownValues(layout, variant) {
    var own = {};
    Object.keys(variant).forEach(function (key) {
      own[key] = key.split(".").reduce(function (node, part) {
        return node && typeof node === "object" ? node[part] : undefined;
      }, layout);
      if (own[key] === undefined) {
        own[key] = null;
      }
    });
    return own;
  }

  function narrowLayout(element, layout) {
    var meta = (layout && layout.meta) || {};
    var narrow = meta.kvNarrow || {};
    var print = meta.kvPrint || {};
    element.__kvPrint = { print: print, own: ownValues(layout, print) };
    element.__kvVariants = { narrow: narrow, wide: ownValues(layout, narrow), current: "wide" };
    return layout;
  }

  function fitWidth(element) {
    var variants = element.__kvVariants;
    if (!variants || !window.Plotly) {
      return Promise.resolve();
    }
    var want = element.clientWidth < NARROW ? "narrow" : "wide";
    if (want === variants.current) {
      return Promise.resolve();
    }
    variants.current = want;
    element.setAttribute("data-kv-layout", want);
    return window.Plotly.relayout(element, variants[want]);
  }

  // "Ladda ner bild": one plain button under the chart (the mode bar is hidden). The PNG carries the
  // chart's title above it and its source (municipality, board, date of the data) below it, as Our
  // World in Data's downloads do; the title and source come from the figure element's data-kv-title
  // and data-kv-source (kvalitet.render.page.PageWriter.chart).
  function wrapLines(context, text, width) {
    var lines = [];
    var line = "";
    text.split(/\s+/).forEach(function (word) {
      var next = line ? line + " " + word : word;
      if (line && context.measureText(next).width > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  function downloadImage(element) {
    var figure = element.closest("figure");
    var title = (figure && figure.getAttribute("data-kv-title")) || "";
    var source = (figure && figure.getAttribute("data-kv-source")) || "";
    var width = Math.max(element.clientWidth, 640);
    var height = element.clientHeight;
    var scale = 2;
    return window.Plotly.toImage(element, { format: "png", width: width, height: height, scale: 1 })
      .then(function (url) {
        return new Promise(function (resolve, reject) {
          var image = new Image();
          image.onload = function () {
            resolve(image);
          };
          image.onerror = reject;
          image.src = url;
        });
      })
      .then(function (image) {
        var canvas = document.createElement("canvas");
        var context = canvas.getContext("2d");
        var pad = 16;
        var font = getComputedStyle(document.body).fontFamily || "sans-serif";
        context.font = "700 20px " + font;
        var titleLines = wrapLines(context, title, width - 2 * pad);
        context.font = "13px " + font;
        var sourceLines = wrapLines(context, source, width - 2 * pad);
        var top = pad + titleLines.length * 26 + 8;
        var total = top + height + 8 + sourceLines.length * 18 + pad;
        canvas.width = width * scale;
        canvas.height = total * scale;
        context.scale(scale, scale);
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, width, total);
        context.fillStyle = "#1f1f1f";
        context.textBaseline = "top";
        context.font = "700 20px " + font;
        titleLines.forEach(function (line, index) {
          context.fillText(line, pad, pad + index * 26);
        });
        context.drawImage(image, 0, top, width, height);
        context.font = "13px " + font;
        context.fillStyle = "#4d4d4d";
        sourceLines.forEach(function (line, index) {
          context.fillText(line, pad, top + height + 8 + index * 18);
        });
        var link = document.createElement("a");
        link.download = (element.id || "diagram") + ".png";
        link.href = canvas.toDataURL("image/png");
        element.setAttribute("data-kv-download", link.href.length);
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
  }

  function addDownload(element) {
    var figure = element.closest("figure");
    if (!figure || figure.querySelector(".kv-download-image")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "kv-download-image";
    button.textContent = DOWNLOAD_TEXT;
    button.addEventListener("click", function () {
      downloadImage(element).catch(function (error) {
        console.error("kvalitet: bilden av " + element.id + " kunde inte skapas: " + error);
      });
    });
    figure.appendChild(button);
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
        registerLocale();
        var layout = narrowLayout(element, figure.layout || {});
        return window.Plotly.newPlot(element, figure.data, layout, config(element));
      })
      .then(function () {
        return fitWidth(element);
      })
      .then(function () {
        moveImageRole(element);
        addDownload(element);
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

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(function () {
      drawn.forEach(fitWidth);
    }, 150);
  });

  // Printing from the browser (issue 15): the page prints as it reads.
  // - Every chart is redrawn at the printed column's width (A4 less 2 × 20 mm: 170 mm, 642 CSS px)
  //   before printing, and at the screen's width after: a chart drawn for a wide screen would be cut
  //   off at the paper's right edge.
  // - A <details> the reader has not opened (a table behind "Visa tabellen") stays closed on paper:
  //   Material opens every <details> for printing, and kvalitet-print.css hides those without
  //   data-kv-reader-open. The reader's own opening and closing marks them; while printing, the
  //   toggles are Material's and are not counted. kvalitet.pdf opens every <details> itself before it
  //   prints (not during a print), so the nämnd's PDF keeps every table under its chart.
  var PRINT_WIDTH = 642;
  var printing = false;
  var printTimer = null;

  function printWidth(width) {
    if (!window.Plotly) {
      return;
    }
    drawn.forEach(function (element) {
      if (!document.body.contains(element)) {
        return;
      }
      var variant = element.__kvPrint || { print: {}, own: {} };
      var update = Object.assign({}, width === null ? variant.own : variant.print, { width: width });
      window.Plotly.relayout(element, update);
    });
  }

  window.addEventListener("beforeprint", function () {
    window.clearTimeout(printTimer);
    printing = true;
    document.documentElement.setAttribute("data-kv-printing", "");
    printWidth(PRINT_WIDTH);
  });
  window.addEventListener("afterprint", function () {
    printWidth(null);
    drawn.forEach(function (element) {
      if (window.Plotly && document.body.contains(element)) {
        window.Plotly.Plots.resize(element);
        if (element.__kvVariants) {
          element.__kvVariants.current = "wide"; // the figure's own values are back
          fitWidth(element);
        }
      }
    });
    printTimer = window.setTimeout(function () {
      printing = false;
      document.documentElement.removeAttribute("data-kv-printing");
    }, 500);
  });
  document.addEventListener(
    "toggle",
    function (event) {
      var item = event.target;
      if (printing || !item || item.tagName !== "DETAILS") {
        return;
      }
      item.toggleAttribute("data-kv-reader-open", item.open);
    },
    true
  );

  if (typeof window.document$ !== "undefined" && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(drawAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
