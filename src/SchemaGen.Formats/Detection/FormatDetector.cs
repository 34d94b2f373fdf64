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
            Ranked[] ranked = Rank(formats, clues);
            FormatEntry winner = ranked[0].Format;
            bool tablesDecide = ranked[0].Tables > (ranked.Length > 1 ? ranked[1].Tables : 0);
            // How far ahead the winner is on what decided (the tables when they did, else everything); a notice or year that
            // speaks for the runner-up still lowers the confidence, by half its weight, without changing the winner.
            double runnerUp = ranked.Length < 2 ? 0 : tablesDecide ? ranked[1].Tables : ranked[1].Score;
            double lead = tablesDecide ? ranked[0].Tables : ranked[0].Score;
            if (tablesDecide && ranked.Length > 1)
            {
                double against = (ranked[1].Score - ranked[1].Tables) - (ranked[0].Score - ranked[0].Tables);
                if (against > 0) lead = Math.Max(runnerUp + 0.1, lead - against / 2);
            }
            ClueKind? strongest = null;
            foreach (Clue clue in clues)
                if (clue.Format == winner && (strongest is null || clue.Kind < strongest)) strongest = clue.Kind;

            // The winner's clues, then the others', each by kind in the order found.
            var evidence = new List<string>(clues.Count + 2);
            for (ClueKind kind = ClueKind.Table; kind <= ClueKind.Year; kind++)
                foreach (Clue clue in clues)
                    if (clue.Format == winner && clue.Kind == kind) evidence.Add(clue.AsEvidence(against: false));
            for (ClueKind kind = ClueKind.Table; kind <= ClueKind.Year; kind++)
                foreach (Clue clue in clues)
                    if (clue.Format != winner && clue.Kind == kind) evidence.Add(clue.AsEvidence(against: true));
            if (clues.Count == 0)
                evidence.Add($"no table, notice or year evidence: assuming the newest format, {winner.Version}");
            var scores = new string[ranked.Length];
            foreach (Ranked r in ranked) scores[r.Order] = $"{r.Format.Version} = {r.Score.ToString("0.#", CultureInfo.InvariantCulture)}";
            evidence.Add("scores: " + string.Join(", ", scores));
            return new FormatDetection(winner, DetectionConfidence.Of(lead, runnerUp, strongest), evidence)
            {
                ReportYear = year?.Year,
                Agency = ReportAgency.Find(folded),
            };
        }

        private readonly record struct Ranked(FormatEntry Format, int Order, double Tables, double Score);

        /// <summary>
        /// Each format's table evidence and whole score (its clues' weights summed in the order found), strongest first:
        /// by table evidence, then score, then the newer (later given) format. Loops, not LINQ: asked of every report.
        /// </summary>
        private static Ranked[] Rank(IReadOnlyList<FormatEntry> formats, List<Clue> clues)
        {
            var ranked = new Ranked[formats.Count];
            for (int order = 0; order < formats.Count; order++)
            {
                FormatEntry format = formats[order];
                double tables = 0, score = 0;
                foreach (Clue clue in clues)
                {
                    if (clue.Format != format) continue;
                    if (clue.Kind == ClueKind.Table) tables += clue.Weight;
                    score += clue.Weight;
                }
                ranked[order] = new Ranked(format, order, tables, score);
            }
            // Every format has its own order, so the keys never tie in full: any sort gives the one order LINQ's gave.
            Array.Sort(ranked, (a, b) => b.Tables != a.Tables ? b.Tables.CompareTo(a.Tables) : b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Order.CompareTo(a.Order));
            return ranked;
        }
    }
}
