// The dashboard's live numbers: refill the page with each summary the hub pushes (live.js).
const T = CONFIG.texts, LANG = CONFIG.lang, fmt = new Intl.NumberFormat(LANG);
function cell(text, cls) {
  const td = document.createElement('td'); td.textContent = text;
  if (cls) td.className = cls;
  return td;
}
function fill(id, rows, make) {
  const body = document.getElementById(id); body.replaceChildren();
  for (const row of rows) { const tr = document.createElement('tr'); make(row).forEach(td => tr.appendChild(td)); body.appendChild(tr); }
}
function show(s) {
    document.getElementById('total').textContent = fmt.format(s.signed);
    document.getElementById('goal').textContent = fmt.format(s.goal);
    document.getElementById('here').textContent = fmt.format(s.signatures);
    document.getElementById('people').textContent = fmt.format(s.combined);
    document.getElementById('up-pending').textContent = fmt.format(s.upstream.pending);
    document.getElementById('up-synced').textContent = fmt.format(s.upstream.synced);
    document.getElementById('up-error').textContent = s.upstream.last_error || '—';
    fill('per-kiosk', s.per_kiosk, r => [cell(r.label || T.unnamed), cell(fmt.format(r.count), 'n')]);
    fill('per-event', s.per_event, r => [cell(r.event || T.no_event), cell(fmt.format(r.count), 'n')]);
    fill('per-hour', s.per_hour, r => [cell(r.hour), cell(fmt.format(r.count), 'n')]);
    fill('devices', s.devices, d => {
      const action = document.createElement('td');
      if (d.revoked) { action.textContent = T.revoked; } else {
        const form = document.createElement('form'); form.method = 'post'; form.action = '/devices/' + d.id + '/revoke';
        const button = document.createElement('button'); button.textContent = T.revoke; form.appendChild(button); action.appendChild(form);
      }
      return [cell(d.label || T.unnamed), cell(d.last_seen ? new Date(d.last_seen).toLocaleString(LANG) : T.never),
              cell(fmt.format(d.waiting), 'n'), cell(d.version), action];
    });
    document.body.dataset.updated = String(Date.now());
}
follow('summary', show);
