using System.Collections.Generic;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>The help pages of the report-text reader's diagnostics (SG3xxx), from the runtime catalog.</summary>
    public static class ReadingHelpPages
    {
        /// <summary>What the reader does next, and a short excerpt of report text that leads to the diagnostic (where one is easy to show).</summary>
        private sealed record Extra(string Outcome, string? Excerpt);

        private static readonly Dictionary<string, Extra> Extras = new Dictionary<string, Extra>
        {
            [ReadDiagnosticIds.SectionNotFound] = new("The section is treated as missing; its tables are then reported as missing too (SG3003).", null),
            [ReadDiagnosticIds.SectionHeadingRenumbered] = new("The heading is accepted and the section is read normally.",
                "二、主动公开政府信息情况\n四、收到和处理政府信息公开申请情况   ← the format numbers this section 三"),
            [ReadDiagnosticIds.SectionHeadingMatchedApproximately] = new("The section is read from that line on, as if its heading were written word for word.", "四、政府信息公开行政法复议、行政诉讼情况   ← 行政法复议"),
            [ReadDiagnosticIds.TableOfContentsSkipped] = new("The listed lines are skipped; the sections are read where their headings appear again.", "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n…   ← a list before the report itself"),
            [ReadDiagnosticIds.TableMissing] = new("The table is absent from the result; no rule on it is checked.", null),
            [ReadDiagnosticIds.TableEmpty] = new("The table is present but has no stated cells; its rules find nothing stated and are not checked.", null),
            [ReadDiagnosticIds.TableUnplaceable] = new("No cell of the table is read; each unplaceable row has its own SG3010 or SG3011.", null),
            [ReadDiagnosticIds.RowNotPlaceable] = new("The row's figures are left out (not stated); the rest of the table is read.", null),
            [ReadDiagnosticIds.RowTooManyFigures] = new("The row's figures are left out (not stated); the rest of the table is read.", null),
            [ReadDiagnosticIds.UnknownRow] = new("The row's figures are left out; the other rows are read.", null),
            [ReadDiagnosticIds.AmbiguousRowLabel] = new("The row's figures are left out; the other rows are read.", null),
            [ReadDiagnosticIds.DuplicateRow] = new("The first occurrence with figures is kept; later ones are left out.", null),
            [ReadDiagnosticIds.GroupRowFigures] = new("The figures are ignored; the group's own rows are read as usual.",
                "（三）不予公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3   ← a subtotal on a group row"),
            [ReadDiagnosticIds.BlankRowsIgnored] = new("The rows are skipped.", null),
            [ReadDiagnosticIds.RowsNotFound] = new("The missing rows' cells are not stated: they add as 0 in sums, and a blank total makes its rule not assessable.", null),
            [ReadDiagnosticIds.UnrecognizedHeader] = new("Reading goes on; the figures are placed by the format's columns.", null),
            [ReadDiagnosticIds.AmbiguousRun] = new("The row's figures are left out (not stated); the rest of the table is read.", "一、本年新收政府信息公开申请数量81010010   ← 8 digits for 7 columns"),
            [ReadDiagnosticIds.RunSplitByRule] = new("The row is read as split; the rules named are reported as used for reading, not as checked for this row.", "一、本年新收政府信息公开申请数量81010010   ← only 8,1,0,1,0,0,10 makes 总计 the sum"),
            [ReadDiagnosticIds.RowLabelMatchedApproximately] = new("The row is read; the note says which label it was taken for and how closely it matched.", "| （二）部份公开（区分处理的，只计这一情形） | 3 | … |   ← 部份, and words missing"),
            [ReadDiagnosticIds.RowReadThroughMigration] = new("A single row is read as the row the migration carries it into (stated figures); summed sub-rows make the single row's cells computed: not stated in the reading (SG3024 does not count them), imputed in the model's Marks, in JSON and in extract's origin column, and checked by every rule like a computed total (SG3030 lists them). A column that could not be summed is not read: a rule it breaks is not assessable (SG3031).",
                "（六）其他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2   ← one row where the format has 1.–3.; read into 3.其他"),
            [ReadDiagnosticIds.BlankCells] = new("The blank cells are read as not stated (never as 0); the rest of the table is read and checked.", "| （二）部分公开 |   |   |   |   |   |   |   |   ← a row of empty cells"),
            [ReadDiagnosticIds.UnreadableCell] = new("The cell is read as not stated.", "| 制发件数 | 见附件 |   ← 见附件 is not a figure"),
            [ReadDiagnosticIds.FractionalCount] = new("The cell is read as not stated.", "| 制发件数 | 12.5 |   ← a count cannot have a fraction"),
            [ReadDiagnosticIds.NegativeValue] = new("The cell is read as not stated.", "| 制发件数 | -3 |   ← only 本年增/减 may be negative"),
            [ReadDiagnosticIds.BlankTotalsImputed] = new("Reported by the generated validator from the parsed report's marks (each table's Marks.Imputed): the totals keep their computed values, marked imputed in the model and in JSON (cells[].imputed) and SARIF (properties.imputed), and every rule is checked on them.",
                "（一）予以公开 | 400 | 40 | 3 | 2 | 10 | 6 |  |   ← 总计 left blank; read as 461"),
            [ReadDiagnosticIds.UnreadCellsNotAssessable] = new("Reported by the generated validator instead of the violation: the rule is neither broken nor held there. Fix the reading problem the row's own diagnostic names to check it.", null),
            [ReadDiagnosticIds.ProseDisagrees] = new("Reported by the generated validator from the report's prose figures (the model's Prose) and the schema's prose list; the table's figures are still the ones checked by the rules.",
                "受理……政府信息依申请公开258件   ← the table's 新收 and 上年结转 总计 add up to 275"),
            [ReadDiagnosticIds.ProseSourcedFigures] = new("Reported by the generated validator: the figures are listed with their sentences, and each rule of the table whose sides they cover is checked on them (a part the prose does not mention is unknown, at least 0: a rule fails only when the stated figures contradict it); a failed check is SG3040.",
                "共收到政府信息公开申请593件(含新收575件、上年结转18件),已经办结584件(另有9件结转下年度办理)   ← 593 = 575 + 18 = 584 + 9"),
            [ReadDiagnosticIds.UnsupportedInput] = new("Nothing is read from the file; in a batch, the other files are still checked.", null),
            [ReadDiagnosticIds.NoTextLayer] = new("The page is skipped; tables on it are reported missing or incomplete as the rest of the document allows.", null),
            [ReadDiagnosticIds.EncodingUncertain] = new("The text is read with the encoding named in the message.", null),
            [ReadDiagnosticIds.DamagedInput] = new("What comes before the damage is read as usual; tables or sections after it may be reported missing.", null),
            [ReadDiagnosticIds.EncryptedInput] = new("Nothing is read from the file.", null),
            [ReadDiagnosticIds.UnreadableDocument] = new("Nothing is read from the file.", null),
            [ReadDiagnosticIds.ContentSkipped] = new("The rest of the document is read as usual.", null),
            [ReadDiagnosticIds.ReaderFailure] = new("Reading stops; whatever was not read yet is reported as missing.", null),
        };

        public static IEnumerable<HelpPage> All => ReadDiagnosticIds.All.Select(Page);

        public static HelpPage Page(ReadDiagnosticDescriptor d)
        {
            Extra extra = Extras.TryGetValue(d.Id, out var e) ? e : new Extra("See the message.", null);
            string level = CheckLevels.OfReadDiagnostic(d.Id, d.DefaultSeverity).Word();
            var facts = new List<(string, string)>
            {
                ("reader severity", d.DefaultSeverity.Word()),
                ("reported by", "the report-text reader: generated parsers (AnnualReportParser.Parse) and schemagen check"),
            };
            var body = new List<HelpBlock> { new HelpHeading("Description"), new HelpParagraph(d.Description) };
            if (level != d.DefaultSeverity.Word())
                body.Add(new HelpParagraph($"schemagen check reports it as an {level}, not the reader's {d.DefaultSeverity.Word()}: 《政府信息公开条例》第五十条 and the unified format require every table, so a report without one is defective whatever its figures."));
            body.Add(new HelpHeading("What the reader does"));
            body.Add(new HelpParagraph(extra.Outcome));
            if (extra.Excerpt is not null)
            {
                body.Add(new HelpHeading("Example"));
                body.Add(new HelpParagraph("Report text like this (an excerpt, marked with ←) leads to " + d.Id + ":"));
                body.Add(new HelpCode("text", extra.Excerpt));
            }
            body.Add(new HelpParagraph("All reading diagnostics: " + string.Join(" · ", ReadDiagnosticIds.All.Select(r => r.Id))));
            return new HelpPage(d.Id, d.Title, level, facts, body);
        }
    }
}
