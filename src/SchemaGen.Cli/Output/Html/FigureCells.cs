using System.Collections.Generic;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Figures;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Schema.Model;

namespace SchemaGen.Cli.Output.Html
{
    /// <summary>
    /// Fills a drawn table with one report's figures: each cell says where its figure came from (class and data-origin:
    /// stated, blank, imputed, prose, unplaced; "absent" when the cell was not read at all), and a cell a rule broke is
    /// marked "broken" with the rule ids, and the rule, its message and both sides (expected, actual) in its title,
    /// which the browser shows on hover. The other cells of a broken rule are marked "involved".
    /// </summary>
    internal sealed class FigureCells : IFigureCells
    {
        private readonly Dictionary<(string Table, string Row, string Column), ReportFigure> _figures = new();
        // A row whose figures were seen but not placed (a run that splits more than one way): its cells are unplaced too.
        private readonly Dictionary<(string Table, string Row), ReportFigure> _unplacedRows = new();
        private readonly Dictionary<(string, string, string), List<CheckFinding>> _broken = new();
        private readonly Dictionary<(string, string, string), List<CheckFinding>> _involved = new();

        public FigureCells(IEnumerable<ReportFigure> figures, IEnumerable<CheckFinding> findings)
        {
            foreach (ReportFigure figure in figures)
                if (figure.Origin == FigureOrigin.Prose)
                {
                    // A prose figure that stands for one cell fills it (the table gives none there); the first one the text states.
                    if (figure.Table is not null && figure.Row is not null && figure.Column is not null
                        && (!_figures.TryGetValue((figure.Table, figure.Row, figure.Column), out ReportFigure? there) || there.Origin == FigureOrigin.Blank))
                        _figures[(figure.Table, figure.Row, figure.Column)] = figure;
                }
                else if (figure.Table is not null && figure.Row is not null && figure.Column is not null)
                    _figures[(figure.Table, figure.Row, figure.Column)] = figure;
                else if (figure.Table is not null && figure.Row is not null && figure.Origin == FigureOrigin.Unplaced)
                    _unplacedRows.TryAdd((figure.Table, figure.Row), figure);
            foreach (CheckFinding finding in findings.Where(f => f.Origin is FindingOrigin.Validation or FindingOrigin.AcrossYears))
            {
                if (finding.Table is not null && finding.Row is not null && finding.Column is not null)
                    Add(_broken, (finding.Table, finding.Row, finding.Column), finding);
                foreach (FindingCell cell in finding.Cells.Where(c => !c.PreviousYear))
                    if (!(cell.Table == finding.Table && cell.Row == finding.Row && cell.Column == finding.Column))
                        Add(_involved, (cell.Table, cell.Row, cell.Column), finding);
            }
        }

        private static void Add(Dictionary<(string, string, string), List<CheckFinding>> map, (string, string, string) key, CheckFinding finding)
        {
            if (!map.TryGetValue(key, out List<CheckFinding>? list)) map[key] = list = new List<CheckFinding>();
            if (!list.Contains(finding)) list.Add(finding);
        }

        public void Write(HtmlWriter w, TableSpec table, AxisNode row, AxisNode column)
        {
            var key = (table.Id, row.Path, column.Id);
            ReportFigure? figure = _figures.TryGetValue(key, out ReportFigure? found) ? found
                : _unplacedRows.TryGetValue((table.Id, row.Path), out ReportFigure? unplacedRow) ? unplacedRow : null;
            string origin = figure is null ? "absent" : ReportFigure.Word(figure.Origin);
            List<CheckFinding> broken = _broken.TryGetValue(key, out var b) ? b : new List<CheckFinding>();
            List<CheckFinding> involved = _involved.TryGetValue(key, out var i) ? i : new List<CheckFinding>();
            // The cell kind as the docs mark it (count, signed-count, amount), then where the figure came from.
            string cls = "fig " + AxisLabels.KindName(table.KindOf(row, column)) + " " + origin + (broken.Count > 0 ? " broken" : "") + (involved.Count > 0 ? " involved" : "");
            var title = new List<string> { OriginText(figure) };
            title.AddRange(broken.Concat(involved).Select(Describe));
            string? rules = broken.Count + involved.Count == 0 ? null : string.Join(" ", broken.Concat(involved).Select(f => f.RuleId).Distinct());
            w.Open("td", "class", cls, "data-row", row.Path, "data-column", column.Id, "data-origin", origin,
                "data-rules", rules, "data-broken", broken.Count > 0 ? string.Join(" ", broken.Select(f => f.RuleId).Distinct()) : null,
                "title", string.Join("\n", title));
            if (figure?.Value is decimal value) w.Text(FindingText.Number(value));
            else if (figure?.Origin == FigureOrigin.Unplaced) w.Element("span", figure.Raw is { Length: > 0 } raw ? raw : "?", "class", "raw");
            w.Close("td");
        }

        private static string OriginText(ReportFigure? figure) => figure?.Origin switch
        {
            null => "not read (the table is not in the report)",
            FigureOrigin.Stated => "stated in the report",
            FigureOrigin.Blank => "blank: not stated",
            FigureOrigin.Imputed => "imputed: a blank total computed from its stated parts",
            FigureOrigin.Prose => "taken from the report's prose (" + figure.Prose?.Label + "): " + figure.Prose?.Quoted,
            FigureOrigin.Unplaced => "not placed: " + figure.Reason,
            _ => "not read",
        };

        /// <summary>"outcome-total (error): （七）总计 is … — expected 37, actual 47".</summary>
        public static string Describe(CheckFinding finding)
            => $"{finding.RuleId} ({finding.Level.Word()}): {finding.Message}"
               + (finding.Expected is null && finding.Actual is null ? "" : $" — expected {FindingText.Number(finding.Expected)}, actual {FindingText.Number(finding.Actual)}");
    }
}
