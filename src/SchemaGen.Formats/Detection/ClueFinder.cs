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

        /// <summary>Adds to <paramref name="clues"/> the evidence for the signature's version: labels, row shapes, the notice, the year, in that order.</summary>
        public static void Find(FormatSignature signature, ReportCells cells, ReportYear? year, List<Clue> clues)
        {
            // Loops, not an iterator per kind concatenated: detection asks every report for every version's labels.
            Labels(signature, cells, clues);
            Shapes(signature, cells, clues);
            Notice(signature, cells, clues);
            Year(signature, year, clues);
        }

        /// <summary>
        /// Whole cells that print a label only this version has (each label counted once). In text whose cells are run
        /// together there are no whole cells, so a long distinct label found anywhere in it counts instead.
        /// </summary>
        private static void Labels(FormatSignature signature, ReportCells cells, List<Clue> clues)
        {
            string version = signature.Format.Version;
            bool runTogether = cells.IsRunTogether;
            foreach (DistinctLabel label in signature.Labels)
            {
                bool found = cells.Contains(label.Key)
                             || (runTogether && label.Key.Length >= RunTogetherLabelLength && cells.Folded.IndexOf(label.Key, System.StringComparison.Ordinal) >= 0);
                if (!found) continue;
                clues.Add(label.IsCaption
                    ? new Clue(signature.Format, ClueKind.Table, BlockWeight, $"the table block {label.Label} is there; only the {version} format has it")
                    : new Clue(signature.Format, ClueKind.Table, LabelWeight, $"a table prints {label.Label} ({label.Where}); only the {version} format has it"));
            }
        }

        /// <summary>A row printed as in this version: followed directly by figures (a row), or by its sub-rows (a group).</summary>
        private static void Shapes(FormatSignature signature, ReportCells cells, List<Clue> clues)
        {
            string version = signature.Format.Version;
            foreach (ReshapedRow row in signature.Reshaped)
            {
                if (!FollowedAsReshaped(row, cells)) continue;
                clues.Add(row.ChildKeys.Count == 0
                    ? new Clue(signature.Format, ClueKind.Table, ShapeWeight, $"{row.NumberedLabel} is one row of figures, as in the {version} format (no sub-rows)")
                    : new Clue(signature.Format, ClueKind.Table, ShapeWeight, $"{row.NumberedLabel} has sub-rows ({string.Join(" ", row.ChildLabels)}), as in the {version} format"));
            }
        }

        /// <summary>Whether a cell printing the row is followed by a figure (a row of figures) or by one of its sub-rows (a group).</summary>
        private static bool FollowedAsReshaped(ReshapedRow row, ReportCells cells)
        {
            IReadOnlyList<int> at = cells.IndexesOf(row.Key);
            for (int k = 0; k < at.Count; k++)
            {
                int next = at[k] + 1;
                if (next >= cells.Count) continue;
                if (row.ChildKeys.Count == 0 ? cells.IsFigure(next) : row.ChildKeys.Contains(cells.KeyAt(next))) return true;
            }
            return false;
        }

        private static void Notice(FormatSignature signature, ReportCells cells, List<Clue> clues)
        {
            if (signature.NoticeKey is not null && cells.Cites(signature.NoticeKey))
                clues.Add(new Clue(signature.Format, ClueKind.Notice, NoticeWeight,
                    $"the report cites {signature.Format.Descriptor.Notice}, the notice that issued the {signature.Format.Version} format"));
        }

        private static void Year(FormatSignature signature, ReportYear? year, List<Clue> clues)
        {
            if (year is not null && signature.CoversYear(year.Year))
                clues.Add(new Clue(signature.Format, ClueKind.Year, YearWeight,
                    $"report year {year.Year} ({year.Source}) is in the years the {signature.Format.Version} format is for ({signature.YearsText}); weak evidence, as some agencies kept an older format"));
        }
    }
}
