/*! Follow the money embed loader: marked links become iframes that size themselves. */
/* The readable source of build/embed.js: `npm run build` minifies it (scripts/embed-loader.js),
 * keeping only the line above. Plain ES5 in style; the minified copy uses template strings,
 * which every browser with the URL constructor it needs can parse.
 *
 * Turns each <a href="…/embed/…" data-ftm-embed> into an iframe that takes its height from the
 * page inside it. No dependencies; safe to load twice.
 *
 * Height messages are accepted only from the iframe's own window (event.source) and only from
 * the origin of its src, in our format { type: 'ftm:height', height } or AMP's
 * { sentinel: 'amp', type: 'embed-size', height }. Nothing else is read, and the loader never
 * navigates the page it runs in.
 */
(function () {
  var w = window;
  var d = document;
  // Loaded twice (two snippets on one page): the first copy does the work for both.
  if (w.ftmEmbed) return w.ftmEmbed.scan();

  var frames = [];

  function heightOf(data) {
    if (!data || typeof data !== 'object') return 0;
    var ok = data.type === 'ftm:height' || (data.sentinel === 'amp' && data.type === 'embed-size');
    var h = data.height;
    return ok && typeof h === 'number' && h > 0 && h < 1e5 ? Math.ceil(h) : 0;
  }

  w.addEventListener('message', function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source && event.source === frame.el.contentWindow && event.origin === frame.origin) {
        var h = heightOf(event.data);
        // Set on style, and important: host CSS such as iframe { height: 150px } beats the
        // attribute and even a plain inline style (pym.js #168).
        if (h) frame.el.style.setProperty('height', h + 'px', 'important');
        return;
      }
    }
  });

  function replace(link) {
    var url;
    try {
      url = new URL(link.href, d.baseURI);
    } catch (_notAnAddress) {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    var el = d.createElement('iframe');
    var frame = { el: el, origin: url.origin };
    var start = parseInt(link.getAttribute('data-ftm-height'), 10);
    el.src = url.href;
    el.title = link.getAttribute('title') || link.textContent.replace(/\s+/g, ' ').trim() || 'Follow the money';
    el.setAttribute('data-ftm-embed', '');
    el.setAttribute('loading', 'lazy');
    el.setAttribute('scrolling', 'no');
    el.setAttribute('width', '100%');
    el.style.cssText =
      'display:block!important;width:100%!important;min-width:100%!important;max-width:100%!important;' +
      'max-height:none!important;border:0!important;padding:0!important;box-sizing:border-box!important;' +
      'height:' +
      (start > 0 && start < 1e4 ? start : 480) +
      'px!important';
    // The embed reports its height as soon as it runs; asking again once loaded covers a
    // message sent before this page was listening, and a lazy frame that loaded late.
    el.addEventListener('load', function () {
      try {
        el.contentWindow.postMessage({ type: 'ftm:hello' }, frame.origin);
      } catch (_gone) {
        // The frame navigated away or was removed: nothing to ask.
      }
    });
    frames.push(frame);
    link.parentNode.replaceChild(el, link);
  }

  function scan() {
    var links = d.querySelectorAll('a[data-ftm-embed]');
    for (var i = 0; i < links.length; i++) replace(links[i]);
  }

  w.ftmEmbed = { scan: scan };
  scan();
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
})();
