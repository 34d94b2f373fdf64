using SchemaGen.Docs.Writing;

namespace SchemaGen.Docs.Html
{
    /// <summary>The frame of every HTML page: one self-contained file with inline CSS, no scripts, no external assets.</summary>
    public static class HtmlPage
    {
        public static string Wrap(string title, string bodyMarkup, string? bodyClass = null)
            => Head(title, bodyClass) + bodyMarkup + Tail();

        /// <summary>
        /// Everything up to and including &lt;body&gt;, for a page written in parts (a check report, streamed as files are
        /// done): the docs' styles, then <paramref name="extraCss"/>.
        /// </summary>
        public static string Head(string title, string? bodyClass = null, string generator = "schemagen docs", string? extraCss = null)
        {
            var w = new HtmlWriter();
            w.Raw("<!DOCTYPE html>\n").Raw(GeneratedFiles.HtmlMarker).Line();
            w.Open("html", "lang", "zh-CN").Line();
            w.Open("head").Line();
            w.Void("meta", "charset", "utf-8").Line();
            w.Void("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").Line();
            w.Void("meta", "name", "generator", "content", generator).Line();
            w.Element("title", title).Line();
            w.Open("style").Raw(Css + (extraCss ?? "")).Close("style").Line();
            w.Close("head").Line();
            w.Open("body", "class", bodyClass).Line();
            return w.ToString();
        }

        public static string Tail() => "</body>\n</html>\n";

        // Fonts: the CJK faces a reader is likely to have, then the generic family.
        private const string Css = @"
body{font-family:""Noto Sans CJK SC"",""Source Han Sans SC"",""PingFang SC"",""Microsoft YaHei"",""WenQuanYi Micro Hei"",sans-serif;margin:24px auto;max-width:1320px;padding:0 16px;color:#1b1b1b;line-height:1.5;font-size:15px}
a{color:#0b57a4}
h1{font-size:24px;margin-bottom:4px}
h2{font-size:20px;border-bottom:2px solid #c9c9c9;padding-bottom:2px;margin-top:32px}
h3{font-size:17px;margin-top:24px}
h4{font-size:15px;margin:12px 0 4px}
code{font-family:""DejaVu Sans Mono"",Consolas,monospace;font-size:0.86em;color:#5b3a8c}
pre{background:#f6f6f6;border:1px solid #ddd;padding:8px;overflow-x:auto;font-size:13px}
.muted{color:#666}
.nav{font-size:13px;margin-bottom:12px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0 16px}
dl.meta dt{font-weight:bold;color:#444}
dl.meta dd{margin:0}
table.layout{border-collapse:collapse;margin:6px 0 4px;font-size:14px;background:#fff}
table.layout caption{border:1px solid #333;border-bottom:none;padding:5px 8px;font-weight:bold;text-align:left;background:#e9eef6}
table.layout th,table.layout td{border:1px solid #333;padding:4px 6px;vertical-align:middle}
table.layout th.stub{font-weight:normal;font-size:12.5px;text-align:center;max-width:18em;background:#f7f7f7}
table.layout th.note{background:#e4e4e4;text-align:center}
table.layout th.col{background:#f0f0f0;text-align:center;font-weight:bold;min-width:3.5em}
table.layout th.row{text-align:left;font-weight:normal;background:#fafafa}
table.layout th.row.group{text-align:center;max-width:7em}
table.layout code.id{display:block;font-size:10.5px;font-weight:normal;color:#6a4c9c;margin-top:1px;overflow-wrap:break-word}
.table-scroll{overflow-x:auto;max-width:100%}
table.layout td.fig{text-align:center;color:#8a8a8a;font-size:12px;min-width:3.5em}
table.layout td.derived{background:#fff4d6;color:#7a5a00}
table.layout .sigma{font-weight:bold;margin-right:2px}
.legend{font-size:12.5px;color:#555;margin:2px 0 12px}
table.list{border-collapse:collapse;font-size:13px;margin:6px 0 14px}
table.list th,table.list td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
table.list th{background:#f2f2f2}
.invariant{border-left:4px solid #9db3d6;padding:4px 12px;margin:12px 0;background:#fbfcff}
.invariant.warning{border-left-color:#e0b04a}
.formula{margin:4px 0;font-size:15px}
.formula.ids code{font-size:13.5px}
.badge{display:inline-block;font-size:11.5px;border:1px solid #aaa;border-radius:3px;padding:0 5px;margin-right:4px;color:#333;background:#f4f4f4}
.badge.error{border-color:#c44;color:#a22}
.badge.warning{border-color:#c90;color:#850}
body.wide{max-width:none}
.side-by-side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;align-items:start}
.side-by-side.stacked{grid-template-columns:minmax(0,1fr)}
.side-by-side table.layout{font-size:13px}
.side-by-side table.layout th,.side-by-side table.layout td{padding:3px 3px}
.side-by-side table.layout td.fig{min-width:2.2em;font-size:11px}
table.changes td:first-child code{white-space:nowrap}
.side-by-side > div{overflow-x:auto}
.absent{color:#999;font-style:italic;padding:8px;border:1px dashed #bbb}
.change-added{color:#176117}
.change-removed{color:#a11}
";
    }
}
