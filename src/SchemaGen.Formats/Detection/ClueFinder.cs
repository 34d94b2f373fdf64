using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Formats.Detection
{
    /// <summary>Finds the evidence a report's text holds for one format version.</summary>
    internal static class ClueFinder
    {
        private const double LabelWeight = 2;
        private const double BlockWeight = 3;
        private const double ShapeWeight = 3;
        private const double NoticeWeight = 3;
        private const double YearWeight = 1;

        /// <summary>In run-together text a label is searched as a substring only when it is this long: short ones occur in prose.</summary>
        private const int RunTogetherLabelLength = 6;

        public static IEnumerable<Clue> Find(FormatSignature signature, ReportCells cells, ReportYear? year)
            => Labels(signature, cells).Concat(Shapes(signature, cells)).Concat(Notice(signature, cells)).Concat(Year(signature, year));

        /// <summary>
        /// Whole cells that print a label only this version has (each label counted once). In text whose cells are run
        /// together there are no whole cells, so a long distinct label found anywhere in it counts instead.
        /// </summary>
        private static IEnumerable<Clue> Labels(FormatSignature signature, ReportCells cells)
        {
            string version = signature.Format.Version;
            bool runTogether = cells.IsRunTogether;
            foreach (DistinctLabel label in signature.Labels.Where(l => cells.IndexesOf(l.Key).Any()
                         || (runTogether && l.Key.Length >= RunTogetherLabelLength && cells.Folded.IndexOf(l.Key, System.StringComparison.Ordinal) >= 0)))
                yield return label.IsCaption
                    ? new Clue(signature.Format, ClueKind.Table, BlockWeight, $"the table block {label.Label} is there; only the {version} format has it")
                    : new Clue(signature.Format, ClueKind.Table, LabelWeight, $"a table prints {label.Label} ({label.Where}); only the {version} format has it");
        }

        /// <summary>A row printed as in this version: followed directly by figures (a row), or by its sub-rows (a group).</summary>
        private static IEnumerable<Clue> Shapes(FormatSignature signature, ReportCells cells)
        {
            string version = signature.Format.Version;
            foreach (ReshapedRow row in signature.Reshaped)
            {
                var next = cells.IndexesOf(row.Key).Select(i => i + 1).Where(i => i < cells.Keys.Count).ToList();
                bool matches = row.ChildKeys.Count == 0
                    ? next.Any(cells.IsFigure)
                    : next.Any(i => row.ChildKeys.Contains(cells.Keys[i]));
                if (!matches) continue;
                yield return row.ChildKeys.Count == 0
                    ? new Clue(signature.Format, ClueKind.Table, ShapeWeight, $"{row.NumberedLabel} is one row of figures, as in the {version} format (no sub-rows)")
                    : new Clue(signature.Format, ClueKind.Table, ShapeWeight, $"{row.NumberedLabel} has sub-rows ({string.Join(" ", row.ChildLabels)}), as in the {version} format");
            }
        }

        private static IEnumerable<Clue> Notice(FormatSignature signature, ReportCells cells)
        {
            if (signature.NoticeKey is not null && FormatSignature.NoticeKeysIn(cells.Folded).Contains(signature.NoticeKey))
                yield return new Clue(signature.Format, ClueKind.Notice, NoticeWeight,
                    $"the report cites {signature.Format.Descriptor.Notice}, the notice that issued the {signature.Format.Version} format");
        }

        private static IEnumerable<Clue> Year(FormatSignature signature, ReportYear? year)
        {
            if (year is not null && signature.CoversYear(year.Year))
                yield return new Clue(signature.Format, ClueKind.Year, YearWeight,
                    $"report year {year.Year} ({year.Source}) is in the years the {signature.Format.Version} format is for ({signature.YearsText}); weak evidence, as some agencies kept an older format");
        }
    }
}
