"""The HTML report's stylesheet (inline in the file: the report loads nothing from anywhere)."""

CSS = """
:root{--pink:#fe2c55;--cyan:#25f4ee;--violet:#7c5cff;--ink:#1d1b26;--muted:#6b6880;--line:#ebe9f2;
--bg:#f6f5fa;--card:#fff;--ok:#2fbf71;--warn:#ffb020}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;
font-variant-numeric:tabular-nums}
.hero{background:radial-gradient(1200px 400px at 85% -10%,rgba(37,244,238,.28),transparent 60%),
radial-gradient(900px 420px at 0% 0%,rgba(254,44,85,.45),transparent 60%),linear-gradient(135deg,#17132b,#2a1f4f 55%,#1a1633);
color:#fff;padding:44px 24px 96px}
.wrap{max-width:1040px;margin:0 auto}
.kicker{display:inline-flex;align-items:center;gap:8px;font-size:12px;letter-spacing:.14em;text-transform:uppercase;
font-weight:700;background:rgba(255,255,255,.12);padding:6px 12px;border-radius:999px}
.kicker i{width:8px;height:8px;border-radius:50%;background:var(--pink);box-shadow:0 0 0 4px rgba(254,44,85,.3)}
h1{font-size:40px;line-height:1.1;margin:16px 0 6px;letter-spacing:-.02em}
.sub{color:rgba(255,255,255,.75);margin:0}
.hero-big{display:flex;flex-wrap:wrap;align-items:flex-end;gap:12px 36px;margin-top:28px}
.coins{font-size:72px;font-weight:800;line-height:1;letter-spacing:-.03em;
background:linear-gradient(90deg,#fff,#ffd1dc);-webkit-background-clip:text;background-clip:text;color:transparent}
.coins small{font-size:22px;font-weight:600;letter-spacing:0;-webkit-text-fill-color:rgba(255,255,255,.8)}
.earn{font-size:28px;font-weight:700}
.earn span{display:block;font-size:13px;font-weight:500;color:rgba(255,255,255,.7)}
main.wrap{margin-top:-64px;padding:0 24px 48px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin-bottom:16px}
.kpi{background:var(--card);border-radius:16px;padding:16px 18px;box-shadow:0 8px 30px rgba(29,27,38,.08)}
.kpi b{display:block;font-size:24px;letter-spacing:-.01em}
.kpi span{color:var(--muted);font-size:13px}
.card{background:var(--card);border-radius:20px;padding:22px 24px;margin:16px 0;box-shadow:0 8px 30px rgba(29,27,38,.06)}
.card h2{font-size:18px;margin:0 0 4px}
.card .note{color:var(--muted);font-size:13px;margin:0 0 14px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.grid .card{margin:0}
@media (max-width:820px){.grid{grid-template-columns:1fr}h1{font-size:30px}.coins{font-size:54px}}
svg.chart{display:block;overflow:visible;direction:ltr}
svg .tick{font-size:12px;fill:var(--muted)}
svg .tlabel{font-size:12px;font-weight:700}
svg .blabel{font-size:13px;font-weight:600;fill:var(--ink)}
svg .bsub{font-size:11px;fill:var(--muted)}
svg .bvalue{font-size:13px;font-weight:700;fill:var(--ink)}
table{width:100%;border-collapse:collapse}
th{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);text-align:left;font-weight:600;
padding:6px 8px;border-bottom:1px solid var(--line)}
td{padding:8px;border-bottom:1px solid var(--line);vertical-align:middle}
td.num,th.num{text-align:right;white-space:nowrap}
tr.sum td{color:var(--muted);font-weight:600}
tr:last-child td{border-bottom:0}
.rank{display:inline-grid;place-items:center;width:26px;height:26px;border-radius:50%;background:#f0eef7;
font-weight:700;font-size:12px}
.r1 .rank{background:linear-gradient(135deg,#ffd76a,#f2a900);color:#3b2a00}
.r2 .rank{background:linear-gradient(135deg,#eef1f5,#b9c0cc)}
.r3 .rank{background:linear-gradient(135deg,#f3c29b,#c7783f);color:#3a1c05}
.who b{display:block}
.who span{color:var(--muted);font-size:12px}
.meter{height:6px;border-radius:6px;background:#f0eef7;margin-top:6px;overflow:hidden}
.meter i{display:block;height:100%;border-radius:6px;background:linear-gradient(90deg,var(--violet),var(--pink))}
.plan{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin-bottom:14px}
.plan div{background:#f7f6fb;border-radius:14px;padding:12px 14px}
.plan b{display:block;font-size:20px}
.plan span{font-size:12px;color:var(--muted)}
.th-row{display:grid;grid-template-columns:1fr auto;gap:4px 12px;padding:12px 0;border-top:1px solid var(--line)}
.th-row .bar{grid-column:1/3;height:10px;border-radius:10px;background:#f0eef7;overflow:hidden}
.th-row .bar i{display:block;height:100%;background:linear-gradient(90deg,var(--violet),var(--pink))}
.th-row.done .bar i{background:var(--ok)}
.th-row small{color:var(--muted)}
.pill{display:inline-block;font-size:12px;font-weight:700;padding:2px 10px;border-radius:999px;background:#efeaff;color:var(--violet)}
.pill.ok{background:#e3f7ec;color:#17894c}
.pill.warn{background:#fff3dd;color:#9a6200}
.facts{font-size:13px;color:var(--muted);margin:10px 0 0;padding-left:18px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12px;color:var(--muted);margin-top:8px}
.legend i{display:inline-block;width:14px;height:10px;border-radius:3px;margin-right:6px;vertical-align:-1px}
.empty{color:var(--muted)}
dl.rates{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;margin:0}
dl.rates dt{color:var(--muted)}
dl.rates dd{margin:0;font-weight:600}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 24px 40px}
@media print{
 @page{margin:14mm}
 body{background:#fff;font-size:12px}
 .hero{background:#fff !important;color:var(--ink);padding:0 0 12px;border-bottom:2px solid var(--ink)}
 .kicker{background:none;padding:0;color:var(--pink)}
 .sub,.earn span{color:var(--muted)}
 .coins{color:var(--ink);background:none;-webkit-text-fill-color:var(--ink);font-size:44px}
 .coins small{-webkit-text-fill-color:var(--muted)}
 main.wrap{margin-top:12px;padding:0}
 .card,.kpi{box-shadow:none;border:1px solid #ddd;break-inside:avoid;page-break-inside:avoid}
 .grid{grid-template-columns:1fr 1fr}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""
