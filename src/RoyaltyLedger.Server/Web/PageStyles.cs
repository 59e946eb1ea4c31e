namespace RoyaltyLedger.Server.Web;

/// <summary>The pages' one stylesheet, inline so that a page is a single response and the CSP can forbid everything else.</summary>
internal static class PageStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d2530; --muted: #5d6878; --line: #d9dee6; --bad: #b3261e; --warn: #8a5a00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #f5f7fa; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; min-height: 100vh; }
        code { overflow-wrap: anywhere; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 10px; } h3 { font-size: 16px; margin: 22px 0 6px; }
        .muted, small { color: var(--muted); } small { font-weight: normal; font-size: 13px; }
        header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; border-bottom: 1px solid var(--line); padding-bottom: 14px; }
        form.period { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; }
        label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
        input { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; }
        button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #2f6db5; background: #2f6db5; color: #fff; cursor: pointer; }
        button.quiet { background: #fff; color: #2f6db5; }
        nav { display: flex; gap: 14px; align-items: center; margin-top: 10px; font-size: 14px; }
        .lead { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 14px; margin-top: 18px; }
        .card { border: 1px solid var(--line); border-radius: 12px; padding: 14px 18px; }
        .card h2 { margin: 0 0 6px; font-size: 15px; color: var(--muted); font-weight: 600; }
        .card p { margin: 4px 0; } .card .amount { font-size: 30px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card.owed { border-color: #2f6db5; box-shadow: inset 4px 0 0 #2f6db5; } .card.next .amount { font-size: 24px; }
        .totals { display: flex; flex-wrap: wrap; gap: 12px; }
        .total { border: 1px solid var(--line); border-radius: 10px; padding: 10px 16px; min-width: 220px; }
        .total .amount { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
        [title] { text-decoration-color: var(--line); }
        .facts { display: flex; gap: 24px; flex-wrap: wrap; margin-top: 10px; font-size: 14px; }
        .charts { display: grid; grid-template-columns: 1fr; gap: 16px; }
        .charts svg { max-width: 100%; height: auto; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; min-width: 0; }
        figcaption { font-weight: 600; margin-bottom: 6px; }
        svg { display: block; overflow: visible; }
        svg text { font: 13px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); } svg text.value { font-variant-numeric: tabular-nums; }
        .scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 10px; }
        .scroll table td:first-child, .scroll table th:first-child { padding-left: 12px; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.violation td { background: #fdecea; } tr.violation td:first-child { box-shadow: inset 4px 0 0 var(--bad); }
        .badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
        .badge.licensed { background: #e3f3e8; color: #1e6b3a; } .badge.unlicensed { background: #fff2d6; color: var(--warn); }
        .badge.refused, .badge.violated { background: var(--bad); color: #fff; }
        .badge.open { background: #fff2d6; color: var(--warn); } .badge.attested { background: #e3f3e8; color: #1e6b3a; }
        .badge.withdrawn { background: var(--line); color: var(--muted); }
        .error { border-left: 4px solid var(--bad); background: #fdecea; padding: 10px 14px; border-radius: 6px; }
        .login { max-width: 420px; margin: 80px auto; }
        .login form { display: flex; flex-direction: column; gap: 12px; }
        @media (min-width: 900px) { .charts { grid-template-columns: 1fr 1fr; } }
        @media (max-width: 600px) {
          main { padding: 16px 14px 32px; } h1 { font-size: 22px; } h2 { font-size: 17px; }
          header > div, form.period { width: 100%; } form.period label { flex: 1 1 120px; } input { width: 100%; }
          nav { flex-wrap: wrap; gap: 10px; } .total { min-width: 0; flex: 1 1 140px; } .card .amount { font-size: 26px; }
          table { font-size: 13px; } th, td { padding: 5px 6px; }
        }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { background: #fff; font-size: 10.5pt; } main { max-width: none; padding: 0; min-height: 0; }
          nav, form.period, button { display: none; } a { color: inherit; text-decoration: none; }
          .lead { grid-template-columns: 1fr 1fr; } .charts { grid-template-columns: 1fr 1fr; }
          .scroll { overflow: visible; border: 0; } table { font-size: 8.5pt; } th, td { padding: 3px 4px; }
          h2, h3 { break-after: avoid; } tr, figure, .card, .total { break-inside: avoid; }
          .badge { border: 1px solid currentColor; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
