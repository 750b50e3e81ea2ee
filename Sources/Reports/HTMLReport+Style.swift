/// The page's stylesheet: screen layout, and a print layout for A4.
extension HTMLReport {
  /// Inline CSS; no fonts or images are loaded from anywhere.
  static let css = """
    :root {
      --text: #1F2933; --muted: #52606D; --line: #D9DDE3; --soft: #F5F7FA;
      --blue: #0072B2; --orange: #E69F00; --green: #009E73; --vermillion: #D55E00;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; background: #FFFFFF; color: var(--text);
      font: 15px/1.5 'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif;
    }
    main { max-width: 1000px; margin: 0 auto; padding: 32px 28px 48px; }
    h1 { font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
    h2 { font-size: 21px; line-height: 1.25; margin: 44px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--text); }
    h3 { font-size: 17px; line-height: 1.3; margin: 24px 0 6px; }
    h4 { font-size: 14px; margin: 18px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
    p { margin: 8px 0; }
    a { color: var(--blue); }
    .kicker { margin: 0 0 6px; color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; }
    .meta { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
    .lead { color: var(--muted); max-width: 72ch; }
    .note { color: var(--muted); font-size: 13px; margin: 4px 0; }
    nav.toc { margin: 20px 0 8px; padding: 10px 16px; background: var(--soft); border-radius: 8px; font-size: 14px; }
    nav.toc ol { margin: 0; padding-left: 20px; columns: 2; column-gap: 32px; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(175px, 1fr)); gap: 12px; margin: 16px 0 20px; }
    .tile { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); min-width: 0; }
    .tile .label { font-size: 13px; color: var(--muted); line-height: 1.3; }
    .tile .value { font-size: 24px; font-weight: 700; margin: 4px 0 2px; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
    .tile .value { white-space: nowrap; }
    .tile .value.long { font-size: 19px; }
    .tile .value.unavailable-value { white-space: normal; }
    .tile .value.unavailable-value { font-size: 16px; color: var(--muted); font-weight: 700; }
    .tile .detail { font-size: 12.5px; color: var(--muted); line-height: 1.35; }
    .nb { white-space: nowrap; }
    .table-wrap { max-width: 100%; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 12px; }
    caption { text-align: left; font-size: 13px; color: var(--muted); padding: 4px 0; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12.5px; color: var(--muted); font-weight: 700; border-bottom: 2px solid var(--line); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.num { white-space: nowrap; }
    tr.total td { font-weight: 700; border-top: 2px solid var(--text); }
    tr.total + tr.total td { border-top: none; }
    table.assumptions td.num { white-space: normal; min-width: 9em; }
    table.report-table { font-size: 13px; }
    table.report-table td.num { white-space: normal; }
    table.assumptions td.source { width: 55%; }
    .card { border: 1px solid var(--line); border-radius: 10px; padding: 4px 18px 12px; margin: 18px 0; }
    .card h3 { margin-top: 14px; }
    .card .sub { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px; font-weight: 700; white-space: nowrap; }
    .badge.ok { background: #E1F3EC; color: #00573F; }
    .badge.known { background: #FDF0D5; color: #6B4500; }
    .badge.differs { background: #FBE3D6; color: #8A3300; }
    .tag { display: inline-block; padding: 0 6px; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); font-size: 11.5px; color: var(--muted); }
    .case-line { font-size: 14px; margin: 6px 0 4px; }
    .source { color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
    .missing { color: #8A3300; font-style: italic; }
    ol.explanations, ul.notes { font-size: 13px; color: var(--muted); margin: 4px 0 8px; padding-left: 22px; }
    ol.explanations li, ul.notes li { margin: 3px 0; }
    figure { margin: 18px 0 26px; }
    figure .chart svg { display: block; width: 100%; max-width: 860px; height: auto; }
    figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; max-width: 860px; }
    details.data { margin-top: 6px; font-size: 13px; }
    details.data summary { cursor: pointer; color: var(--blue); }
    details.data table { font-size: 13px; max-width: 860px; }
    .unavailable { border: 1px dashed #9AA5B1; background: var(--soft); padding: 12px 14px; border-radius: 8px; color: var(--muted); }
    footer { margin-top: 44px; font-size: 12.5px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 12px; overflow-wrap: anywhere; }
    @media (max-width: 760px) {
      main { padding: 20px 12px 32px; }
      table { font-size: 13px; }
      th, td { padding: 4px 5px; }
      .badge { white-space: normal; }
    }
    @media (max-width: 560px) {
      nav.toc ol { columns: 1; }
    }
    @media print {
      @page { size: A4; margin: 14mm 12mm 16mm; }
      body { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      nav.toc, details.data { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; margin-top: 24px; }
      h3, h4 { break-after: avoid; page-break-after: avoid; }
      .tiles { grid-template-columns: repeat(5, 1fr); gap: 6px; }
      .tile { background: none; padding: 6px 8px; }
      .tile .label, .tile .detail { font-size: 7.5pt; }
      .tile .value { font-size: 13pt; }
      .tile .value.long { font-size: 10.5pt; }
      .tile .value.unavailable-value { font-size: 10pt; }
      table, table.report-table, details.data table { font-size: 8.5pt; }
      th { font-size: 8pt; }
      th, td { padding: 3px 4px; }
      .source, .note, figcaption, ol.explanations, ul.notes { font-size: 8pt; }
      figure, tr, .tile, .tiles { break-inside: avoid; page-break-inside: avoid; }
      .card { border-color: #9AA5B1; }
      .table-wrap { overflow: visible; }
      figure .chart svg { max-width: 100%; }
      a { color: inherit; text-decoration: none; }
      .badge { border: 1px solid currentColor; }
    }

    """
}
