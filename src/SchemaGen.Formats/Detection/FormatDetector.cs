using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Formats.Detection
{
    /// <summary>The detected format, a confidence in [0, 1], and the evidence that decided it (the winner's first).</summary>
    public sealed record FormatDetection(FormatEntry Format, double Confidence, IReadOnlyList<string> Evidence)
    {
        /// <summary>The year the report is about, as its title or text says; null when it names none.</summary>
        public int? ReportYear { get; init; }

        /// <summary>The agency the report is by, as it names itself (its title, or 总体情况's opening); null when not found.</summary>
        public string? Agency { get; init; }
    }

    /// <summary>
    /// Which format version a report's text follows. Every version given (the catalog by default) is scored on the
    /// evidence the text holds for it: table labels only that version prints (table 二's columns, the
    /// 第二十条第（九）项 block), rows printed in that version's shape (（六）其他处理 as one row or with sub-rows 1–3),
    /// a cited notice (国办公开办函〔2021〕30号 / 〔2019〕60号), and, weakly, the report year. Traditional script and
    /// full-width forms are folded first. With no evidence at all the newest format is assumed, at confidence 0.
    /// </summary>
    public static class FormatDetector
    {
        private static readonly Lazy<IReadOnlyList<FormatSignature>> CatalogSignatures = new(() => FormatSignature.For(FormatCatalog.All));
        private static readonly Lazy<AskedKeys> CatalogKeys = new(() => FormatSignature.AskedKeys(CatalogSignatures.Value));

        /// <summary>Which of <paramref name="formats"/> (default: <see cref="FormatCatalog.All"/>, oldest first) the text follows.</summary>
        public static FormatDetection Detect(string text, IReadOnlyList<FormatEntry>? formats = null) => Detect(TextDocument.Parse(text ?? ""), formats);

        /// <summary>Which of <paramref name="formats"/> (default: <see cref="FormatCatalog.All"/>, oldest first) the document follows.</summary>
        public static FormatDetection Detect(Document document, IReadOnlyList<FormatEntry>? formats = null)
        {
            formats ??= FormatCatalog.All;
            bool catalog = ReferenceEquals(formats, FormatCatalog.All);
            IReadOnlyList<FormatSignature> signatures = catalog ? CatalogSignatures.Value : FormatSignature.For(formats);
            ReportCells cells = ReportCells.Of(document ?? TextDocument.Parse(""), catalog ? CatalogKeys.Value : FormatSignature.AskedKeys(signatures));
            string folded = cells.Folded;
            ReportYear? year = ReportYear.Find(folded);
            var clues = new List<Clue>();
            try
            {
                for (int s = 0; s < signatures.Count; s++) ClueFinder.Find(signatures[s], cells, year, clues);
            }
            finally
            {
                cells.Release(); // the clues hold what they found as strings; the cells are not asked again
            }

            // The tables' own shape and wording decide; a cited notice and the report year only break a tie between them,
            // since agencies cite the old notice or keep an old format by mistake. On a full tie, the newer format wins.
            var ranked = formats
                .Select((format, order) => (Format: format, Order: order,
                    Tables: clues.Where(c => c.Format == format && c.Kind == ClueKind.Table).Sum(c => c.Weight),
                    Score: clues.Where(c => c.Format == format).Sum(c => c.Weight)))
                .OrderByDescending(r => r.Tables).ThenByDescending(r => r.Score).ThenByDescending(r => r.Order)
                .ToList();
            FormatEntry winner = ranked[0].Format;
            bool tablesDecide = ranked[0].Tables > (ranked.Count > 1 ? ranked[1].Tables : 0);
            // How far ahead the winner is on what decided (the tables when they did, else everything); a notice or year that
            // speaks for the runner-up still lowers the confidence, by half its weight, without changing the winner.
            double runnerUp = ranked.Count < 2 ? 0 : tablesDecide ? ranked[1].Tables : ranked[1].Score;
            double lead = tablesDecide ? ranked[0].Tables : ranked[0].Score;
            if (tablesDecide && ranked.Count > 1)
            {
                double against = (ranked[1].Score - ranked[1].Tables) - (ranked[0].Score - ranked[0].Tables);
                if (against > 0) lead = Math.Max(runnerUp + 0.1, lead - against / 2);
            }
            var winning = clues.Where(c => c.Format == winner).ToList();
            ClueKind? strongest = winning.Count == 0 ? null : winning.Min(c => c.Kind);

            var evidence = winning.OrderBy(c => c.Kind).Select(c => c.ToString())
                .Concat(clues.Where(c => c.Format != winner).OrderBy(c => c.Kind).Select(c => "against: " + c))
                .ToList();
            if (clues.Count == 0)
                evidence.Add($"no table, notice or year evidence: assuming the newest format, {winner.Version}");
            evidence.Add("scores: " + string.Join(", ", ranked.OrderBy(r => r.Order).Select(r => $"{r.Format.Version} = {r.Score.ToString("0.#", CultureInfo.InvariantCulture)}")));
            return new FormatDetection(winner, DetectionConfidence.Of(lead, runnerUp, strongest), evidence)
            {
                ReportYear = year?.Year,
                Agency = ReportAgency.Find(folded),
            };
        }
    }
}
