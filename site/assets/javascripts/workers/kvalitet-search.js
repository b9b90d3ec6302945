/* The site's search worker (kvalitet): Material's own worker, with Swedish letters folded, so that
   "klagomal" finds "klagomål" and "forvaltning" finds "förvaltning" (and the other way round).

   Every word is folded where the index is built and where a query is read: å and ä become a, ö
   becomes o, é becomes e (Unicode NFD without the combining marks). The page (site/overrides/main.html)
   starts this file instead of Material's worker and names that worker in ?material=; it is loaded
   from this same folder, so its own relative paths (../lunr/…) stay right. Nothing is loaded from
   another host.

   Numbers are words too: lunr's Swedish trimmer keeps only letters, so "2025" in "kvalitetsberättelse
   2025" was dropped and every report matched alike. Once Material has loaded lunr.sv, its trimmer is
   made again with the digits among the word characters. */
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  /* Before Material's listener: the query string is folded in the message itself. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.type === 2 && typeof message.data === "string") {
      message.data = fold(message.data);
    }
  });
  var name = new URLSearchParams(self.location.search).get("material") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) {
    throw new Error("kvalitet-search: okänt namn på Materials sökskript: " + name);
  }
  self.importScripts(name);
  var load = self.importScripts;
  self.importScripts = function () {
    load.apply(self, arguments);
    var lunr = self.lunr;
    if (lunr.sv && lunr.sv.wordCharacters && lunr.trimmerSupport && !lunr.sv.kvDigits) {
      lunr.sv.trimmer = lunr.trimmerSupport.generateTrimmer(lunr.sv.wordCharacters + "0-9");
      lunr.sv.trimmer.label = "trimmer-sv";
      lunr.Pipeline.registeredFunctions["trimmer-sv"] = lunr.sv.trimmer;
      lunr.sv.kvDigits = true;
    }
  };
  var run = self.lunr.Pipeline.prototype.run;
  self.lunr.Pipeline.prototype.run = function (tokens) {
    tokens.forEach(function (token) {
      token.update(fold);
    });
    return run.call(this, tokens);
  };
})();
