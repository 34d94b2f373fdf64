using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SchemaGen.Formats.Detection
{
    /// <summary>The detected format, a confidence in [0, 1], and the evidence that decided it (the winner's first).</summary>
    public sealed record FormatDetection(FormatEntry Format, double Confidence, IReadOnlyList<string> Evidence);

    /// <summary>
    /// Which format version a report's text follows. Every version in <see cref="FormatCatalog.All"/> is scored on the
    /// evidence the text holds for it: table labels only that version prints (table 二's columns, the
    /// 第二十条第（九）项 block), rows printed in that version's shape (（六）其他处理 as one row or with sub-rows 1–3),
    /// a cited notice (国办公开办函〔2021〕30号 / 〔2019〕60号), and, weakly, the report year. Traditional script and
    /// full-width forms are folded first. With no evidence at all the newest format is assumed, at confidence 0.
    /// </summary>
    public static class FormatDetector
    {
        private static readonly Lazy<IReadOnlyList<FormatSignature>> Signatures = new(() => FormatSignature.For(FormatCatalog.All));

        public static FormatDetection Detect(string text)
        {
            ReportCells cells = ReportCells.Of(text ?? "");
            ReportYear? year = ReportYear.Find(cells.Folded);
            var clues = Signatures.Value.SelectMany(s => ClueFinder.Find(s, cells, year)).ToList();

            // Highest score wins; on a tie, the newer format (later in the catalog).
            var ranked = FormatCatalog.All
                .Select((format, order) => (Format: format, Order: order, Score: clues.Where(c => c.Format == format).Sum(c => c.Weight)))
                .OrderByDescending(r => r.Score).ThenByDescending(r => r.Order)
                .ToList();
            FormatEntry winner = ranked[0].Format;
            double runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
            var winning = clues.Where(c => c.Format == winner).ToList();
            ClueKind? strongest = winning.Count == 0 ? null : winning.Min(c => c.Kind);

            var evidence = winning.OrderBy(c => c.Kind).Select(c => c.ToString())
                .Concat(clues.Where(c => c.Format != winner).OrderBy(c => c.Kind).Select(c => "against: " + c))
                .ToList();
            if (clues.Count == 0)
                evidence.Add($"no table, notice or year evidence: assuming the newest format, {winner.Version}");
            evidence.Add("scores: " + string.Join(", ", ranked.OrderBy(r => r.Order).Select(r => $"{r.Format.Version} = {r.Score.ToString("0.#", CultureInfo.InvariantCulture)}")));
            return new FormatDetection(winner, DetectionConfidence.Of(ranked[0].Score, runnerUp, strongest), evidence);
        }
    }
}
