using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>The text of a cell or paragraph from its runs: lines top to bottom joined by '\n', runs in a line left to right.</summary>
    internal static class CellText
    {
        public static string Of(IReadOnlyList<TextRun> runs)
        {
            List<List<TextRun>> lines = Lines(runs);
            var texts = lines.Select(LineText).ToList();
            // Letters stacked one per line are a label written vertically (三、本年度办理结果 down the left edge), not a
            // paragraph that wraps: they read as one word.
            if (texts.Count >= 2 && texts.All(t => t.Length == 1)) return string.Concat(texts);
            return string.Join("\n", texts);
        }

        /// <summary>Runs grouped by baseline, top line first, each line left to right.</summary>
        public static List<List<TextRun>> Lines(IReadOnlyList<TextRun> runs)
        {
            var lines = new List<List<TextRun>>();
            double baseline = double.NaN;
            foreach (TextRun run in runs.OrderByDescending(r => r.Baseline).ThenBy(r => r.Box.Left))
            {
                if (lines.Count == 0 || baseline - run.Baseline > RunBuilder.BaselineToleranceInEms * run.Size)
                {
                    lines.Add(new List<TextRun>());
                    baseline = run.Baseline;
                }
                lines[^1].Add(run);
            }
            foreach (List<TextRun> line in lines) line.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
            return lines;
        }

        public static string LineText(List<TextRun> line)
        {
            var text = new StringBuilder();
            foreach (TextRun run in line)
            {
                if (text.Length > 0) text.Append(' ');
                text.Append(run.Text);
            }
            return text.ToString();
        }
    }
}
