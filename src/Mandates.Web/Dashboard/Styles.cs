namespace Mandates.Web.Dashboard;

/// <summary>
/// The pages' style sheet, inline in each page: one request per page, nothing to find beside the program. Colours
/// have at least 4.5:1 contrast on their backgrounds; the print style drops the navigation and the forms.
/// </summary>
internal static class Styles
{
    public const string Css = """
        :root { --ink: #1b1f24; --muted: #4a535d; --line: #c7cdd4; --accent: #0b5cad; --ok: #1c6b32; --bad: #a3261b;
          --warn: #8a5300; --paper: #ffffff; --tint: #f2f5f8; font-family: system-ui, "DejaVu Sans", sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.45; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem; }
        header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem;
          padding: .6rem 1rem; border-bottom: 2px solid var(--line); background: var(--tint); }
        header nav ul { display: inline; list-style: none; margin: 0 0 0 1rem; padding: 0; }
        header nav li { display: inline; }
        .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
        .tools { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
        .lang a { margin-right: .5rem; } .lang a[aria-current] { font-weight: 700; color: var(--ink); }
        .signout { display: flex; gap: .5rem; align-items: center; margin: 0; }
        main { padding: 1rem; max-width: 72rem; margin: 0 auto; }
        footer { padding: 1rem; color: var(--muted); border-top: 1px solid var(--line); font-size: .9rem; }
        h1 { font-size: 1.6rem; margin: .4rem 0 1rem; } h2 { font-size: 1.25rem; margin-top: 1.8rem; }
        table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--tint); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .table-wrap { overflow-x: auto; }
        .ok { color: var(--ok); font-weight: 600; } .bad { color: var(--bad); font-weight: 600; }
        .muted { color: var(--muted); }
        .bar { display: block; width: 100%; min-width: 6rem; height: .9rem; border: 1px solid var(--muted);
          background: var(--paper); }
        .bar > span { display: block; height: 100%; background: var(--accent); }
        .bar.full > span { background: var(--bad); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        .card { border: 1px solid var(--line); border-radius: 4px; padding: .8rem 1rem; }
        .card h3 { margin: 0 0 .5rem; font-size: 1.05rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        form.write { border: 1px solid var(--line); border-radius: 4px; padding: 1rem; margin: 1rem 0;
          display: grid; gap: .6rem; max-width: 36rem; }
        form.inline { display: inline-flex; gap: .4rem; align-items: center; margin: 0; }
        label { font-weight: 600; display: block; }
        input, select { max-width: 100%; } select { width: 100%; }
        form.write { grid-template-columns: minmax(0, 1fr); } form.write > div { min-width: 0; }
        main { overflow-wrap: anywhere; }
        input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 3px; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        .signout button, form.inline button { background: var(--paper); color: var(--accent); }
        :focus-visible { outline: 3px solid #e09b00; outline-offset: 2px; }
        .problem, .refusal { border-left: 4px solid var(--bad); background: #fdf0ef; padding: .6rem 1rem; }
        .written { border-left: 4px solid var(--ok); background: #eef7f0; padding: .6rem 1rem; }
        .hint { color: var(--muted); font-size: .9rem; margin: 0; }
        .chart { width: 100%; height: auto; max-width: 60rem; border: 1px solid var(--line); }
        ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--accent); margin-left: .5rem; }
        ol.timeline > li { margin: 0 0 1rem; padding-left: 1rem; position: relative; }
        ol.timeline > li::before { content: ""; position: absolute; left: -.55rem; top: .4rem; width: .8rem;
          height: .8rem; border-radius: 50%; background: var(--accent); }
        @media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } main { padding: .6rem; } }
        @media print { header nav, .tools, form, .skip, footer { display: none; } a { color: var(--ink); }
          main { max-width: none; } .card, table { break-inside: avoid; } }
        """;
}
