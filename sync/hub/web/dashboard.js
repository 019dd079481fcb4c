// The dashboard's live numbers: refill the page with each summary the hub pushes (live.js).
// Numbers, times and charts come formatted by the hub (the reader's language and zone).
const T = CONFIG.texts;
function cell(text, cls) {
  const td = document.createElement('td'); td.textContent = text;
  if (cls) td.className = cls;
  return td;
}
const filled = {};
function fill(id, rows, make) {
  // Rows left alone when nothing in them changed: a Revoke button must not vanish under a pointer.
  const key = JSON.stringify(rows);
  if (filled[id] === key) return;
  filled[id] = key;
  const body = document.getElementById(id); body.replaceChildren();
  for (const row of rows) { const tr = document.createElement('tr'); make(row).forEach(td => tr.appendChild(td)); body.appendChild(tr); }
}
function text(id, value) { document.getElementById(id).textContent = value; }
function phrase(id, form, shown, numberId) {
  // The words around the number, the number in its own element; a form that says the number in
  // words (Arabic's "شخص واحد") has none.
  const [before, ...after] = form.split('{count}');
  const parts = [document.createTextNode(before)];
  if (after.length) {
    const number = document.createElement('span'); number.id = numberId; number.textContent = shown;
    parts.push(number, document.createTextNode(after.join('')));
  }
  document.getElementById(id).replaceChildren(...parts);
}
let devicesSeen = null, hideTimer = null;
function hideCode() {
  document.getElementById('pairing').hidden = true;
  text('pair-code', ''); document.getElementById('pair-qr').replaceChildren();
  if (hideTimer) { clearTimeout(hideTimer); hideTimer = null; }
}
function upstream(targets) {
  const box = document.getElementById('upstream'); box.replaceChildren();
  if (!targets.length) { const p = document.createElement('p'); p.id = 'upstream-none'; p.textContent = T.upstream_not_set_up; box.appendChild(p); return; }
  for (const t of targets) {
    const p = document.createElement('p');
    p.textContent = t.target + ': ' + t.pending + ' ' + T.upstream_pending + ' · ' + t.synced + ' ' + T.upstream_synced +
      (t.last_error ? ' · ' + T.upstream_error + ': ' + t.last_error : '');
    box.appendChild(p);
  }
}
function show(s) {
  text('total', s.signed); text('goal', s.goal); text('zone', s.zone);
  // "3 people", "11 شخصًا": the form the hub chose for the count (sync/hub/counted.py).
  phrase('here-phrase', s.here_phrase, s.signatures, 'here');
  phrase('people-phrase', s.people_phrase, s.people, 'people');
  upstream(s.upstream);
  // Charts drawn by the hub (sync/hub/dashboard_view.py): labels escaped there.
  document.getElementById('chart-hour').innerHTML = s.charts.hour;
  document.getElementById('chart-event').innerHTML = s.charts.event;
  fill('per-kiosk', s.per_kiosk, r => [cell(r.label || T.unnamed), cell(r.count, 'n')]);
  fill('per-event', s.per_event, r => [cell(r.event), cell(r.count, 'n')]);
  fill('per-hour', s.per_hour, r => [cell(r.hour), cell(r.count, 'n')]);
  fill('devices', s.devices, d => {
    const action = document.createElement('td');
    if (d.revoked) { action.textContent = T.revoked; } else {
      const form = document.createElement('form'); form.method = 'post'; form.action = '/devices/' + d.id + '/revoke';
      form.addEventListener('submit', ev => {
        if (!confirm(T.revoke_confirm.replace('{name}', d.label || T.unnamed))) ev.preventDefault();
      });
      const button = document.createElement('button'); button.textContent = T.revoke; button.className = 'danger';
      form.appendChild(button); action.appendChild(form);
    }
    return [cell(d.label || T.unnamed), cell(d.last_seen), cell(d.waiting, 'n'), cell(d.version), action];
  });
  // A kiosk just paired: the code is used up, so it leaves the screen.
  if (devicesSeen !== null && s.active_devices > devicesSeen) hideCode();
  devicesSeen = s.active_devices;
  document.body.dataset.updated = String(Date.now());
}
document.getElementById('show-code').addEventListener('click', async () => {
  const answer = await fetch('/api/pair-code?lang=' + CONFIG.lang, {method: 'POST', credentials: 'same-origin'});
  if (answer.status === 401) { location.href = '/login'; return; }
  const c = await answer.json();
  text('pair-url', c.url); text('pair-code', c.code); text('pair-expires', c.expires);
  document.getElementById('pair-qr').innerHTML = c.qr;
  document.getElementById('pairing').hidden = false;
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = setTimeout(hideCode, c.shown_s * 1000);
});
follow('summary', show);
// The export filters' dates: chosen as the reader writes a date (sync/hub/date_fields.py), sent
// as ISO days (YYYY-MM-DD) in the hidden field; half a date or a 31 February is said before sending.
function chosenDay(fieldset) {
  const [y, m, d] = ['year', 'month', 'day'].map(p => fieldset.querySelector('select[data-part="' + p + '"]').value);
  if (!y && !m && !d) return '';
  if (!y || !m || !d) return null;
  const day = new Date(Date.UTC(+y, +m - 1, +d));
  if (day.getUTCMonth() !== +m - 1) return null;
  return day.toISOString().slice(0, 10);
}
const exportsForm = document.getElementById('exports');
function datesOk() {
  let ok = true, since = '';
  for (const fieldset of exportsForm.querySelectorAll('fieldset.date')) {
    const iso = chosenDay(fieldset), selects = [...fieldset.querySelectorAll('select')];
    const wrong = iso === null || (iso && since && iso < since);
    // The message sits on the part left out (or the day, for a 31 February or an earlier "until").
    const at = selects.find(s => !s.value) || fieldset.querySelector('select[data-part="day"]');
    at.setCustomValidity(wrong ? T.export_date_incomplete : '');
    if (wrong) { if (ok) at.reportValidity(); ok = false; continue; }
    document.getElementById(fieldset.dataset.for).value = iso;
    if (fieldset.id === 'export-since-date') since = iso;
  }
  return ok;
}
exportsForm.addEventListener('change', () => exportsForm.querySelectorAll('fieldset.date select')
  .forEach(s => s.setCustomValidity('')));
exportsForm.addEventListener('submit', ev => { if (!datesOk()) ev.preventDefault(); });
