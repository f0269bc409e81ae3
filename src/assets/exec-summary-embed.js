/*
 * exec-summary iframe page (embed.html?src=summary.json): shows one card, for pages and CMSs that
 * allow an <iframe> but no script. Query parameters: src (required), theme, variant,
 * heading-level, expanded, lang, timeout, as the data-* attributes of a card host.
 *
 *   <iframe src="https://cdn.example/exec-summary/embed.html?src=https%3A%2F%2Fexample.org%2Fx.json"
 *     title="Executive summary" width="100%" height="640" style="border:0" loading="lazy"></iframe>
 *
 * Without help the frame keeps the height the page gave it (640 above) and scrolls inside. The
 * page grows or shrinks each frame to its card with this one line (frames tell their height with
 * postMessage({ type: 'exec-summary:resize', height }) whenever it changes):
 *
 *   <script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="exec-summary:resize")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>
 */
(function () {
  'use strict';
  var query = new URLSearchParams(location.search);
  var host = document.createElement('div');
  host.className = 'exec-summary';
  host.setAttribute('data-loading', 'eager');
  ['src', 'theme', 'variant', 'heading-level', 'expanded', 'lang', 'timeout'].forEach(function (name) {
    var value = query.get(name);
    if (value !== null) host.setAttribute('data-' + name, value);
  });
  // Room for the card's shadow, which the frame's edge would cut.
  document.body.style.margin = '0';
  document.body.style.padding = '4px 4px 12px';
  document.body.append(host);

  if (window.parent === window || !window.ResizeObserver) return;
  var last;
  function post() {
    // Not while the card is loading: the frame keeps its height until there is a card to fit.
    if (!/^(ready|error)$/.test(host.getAttribute('data-es-state'))) return;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'exec-summary:resize', height: height }, '*');
  }
  host.addEventListener('exec-summary:ready', post);
  host.addEventListener('exec-summary:error', post);
  new ResizeObserver(post).observe(document.documentElement);
})();
