// Live documents: the hub pushes each change (server-sent events); polling only if the stream fails.
function follow(name, apply) {
  let polling = null, heard = false;
  const poll = async () => {
    try {
      const answer = await fetch('/api/' + name, {credentials: 'same-origin', cache: 'no-store'});
      if (answer.status === 401) { location.href = '/login'; return; }
      apply(await answer.json());
    } catch (e) { /* the hub restarted or the Wi-Fi blinked: the next poll tries again */ }
  };
  const fallBack = () => {
    if (polling) return;
    document.body.dataset.live = 'polling';
    poll(); polling = setInterval(poll, CONFIG.poll);
  };
  if (!window.EventSource || new URLSearchParams(location.search).has('poll')) { fallBack(); return; }
  const source = new EventSource('/api/' + name + '/stream');
  source.addEventListener(name, event => {
    heard = true; document.body.dataset.live = 'stream';
    apply(JSON.parse(event.data));
  });
  // A proxy that buffers the stream delivers nothing: after a while, poll instead.
  setTimeout(() => { if (!heard) { source.close(); fallBack(); } }, CONFIG.wait);
  source.onerror = () => {
    // EventSource reconnects by itself after a dropped connection; a refused one (401, a proxy's
    // error page) closes it for good.
    if (source.readyState === EventSource.CLOSED) fallBack();
  };
}
