using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Formats.Detection
{
    /// <summary>A label that only one format version prints: a caption, a column or a row of one of its tables.</summary>
    internal sealed record DistinctLabel(string Key, string Label, string Where, bool IsCaption);

    /// <summary>
    /// A row that one version prints as a row of figures and another as a group of sub-rows, such as （六）其他处理
    /// (one row in 2019, three sub-rows in 2021). <see cref="ChildKeys"/> is empty for a version where it is a leaf.
    /// </summary>
    internal sealed record ReshapedRow(string Key, string NumberedLabel, IReadOnlyList<string> ChildKeys, IReadOnlyList<string> ChildLabels);

    /// <summary>
    /// What tells one format version from the others, worked out from the generated schema descriptors rather than
    /// written by hand, so a new version in <see cref="FormatCatalog"/> is detected without code changes.
    /// </summary>
    internal sealed partial class FormatSignature
    {
        /// <summary>Shorter labels (其他, 总计) are too common to tell anything.</summary>
        private const int MinimumLabelLength = 4;

        [GeneratedRegex("国办公开办函[^0-9]{0,2}([0-9]{4})[^0-9]{0,2}([0-9]{1,3})号", RegexOptions.CultureInvariant)]
        private static partial Regex NoticePattern { get; }

        private FormatSignature(FormatEntry format, IReadOnlyList<DistinctLabel> labels, IReadOnlyList<ReshapedRow> reshaped, string? noticeKey)
        {
            Format = format;
            Labels = labels;
            Reshaped = reshaped;
            NoticeKey = noticeKey;
        }

        public FormatEntry Format { get; }
        public IReadOnlyList<DistinctLabel> Labels { get; }
        public IReadOnlyList<ReshapedRow> Reshaped { get; }

        /// <summary>The issuing notice as "2021-30" (year and number), or null when it is not a 国办公开办函.</summary>
        public string? NoticeKey { get; }

        public static IReadOnlyList<FormatSignature> For(IReadOnlyList<FormatEntry> formats)
            => formats.Select(f => Build(f, formats.Where(o => o != f).ToList())).ToList();

        /// <summary>Every key <see cref="ClueFinder"/> asks a report's cells for, with these signatures.</summary>
        public static AskedKeys AskedKeys(IEnumerable<FormatSignature> signatures)
            => new(signatures.SelectMany(s => s.Labels.Select(l => l.Key).Concat(s.Reshaped.Select(r => r.Key))));

        /// <summary>"2021-30" for a notice written 国办公开办函〔2021〕30号 in any bracket style; null when none is found.</summary>
        public static string? NoticeKeyOf(string folded)
        {
            Match match = NoticePattern.Match(folded);
            return match.Success ? match.Groups[1].Value + "-" + match.Groups[2].Value : null;
        }

        public static IEnumerable<string> NoticeKeysIn(string folded)
            => NoticePattern.Matches(folded).Cast<Match>().Select(m => m.Groups[1].Value + "-" + m.Groups[2].Value).Distinct();

        public bool CoversYear(int year)
            => (Format.Descriptor.ReportYearFrom is not int from || year >= from) && (Format.Descriptor.ReportYearTo is not int to || year <= to)
               && (Format.Descriptor.ReportYearFrom is not null || Format.Descriptor.ReportYearTo is not null);

        public string YearsText
            => Format.Descriptor.ReportYearTo is int to ? $"{Format.Descriptor.ReportYearFrom}–{to}" : $"{Format.Descriptor.ReportYearFrom} onwards";

        private static FormatSignature Build(FormatEntry format, List<FormatEntry> others)
        {
            var otherKeys = new HashSet<string>(others.SelectMany(o => LabelsOf(o.Descriptor)).Select(l => l.Key), StringComparer.Ordinal);
            var distinct = LabelsOf(format.Descriptor)
                .Where(l => l.Key.Length >= MinimumLabelLength && !otherKeys.Contains(l.Key))
                .GroupBy(l => l.Key, StringComparer.Ordinal).Select(g => g.First())
                .ToList();
            return new FormatSignature(format, distinct, ReshapedRows(format, others), NoticeKeyOf(TextNormalizer.Fold(format.Descriptor.Notice)));
        }

        /// <summary>Every printed label of every table: captions, and the labels and aliases of columns and rows.</summary>
        private static IEnumerable<DistinctLabel> LabelsOf(SchemaDescriptor schema)
        {
            foreach (TableDescriptor table in schema.Tables)
            {
                string where = table.Caption ?? table.Label;
                if (table.Caption is not null) yield return new DistinctLabel(TextNormalizer.MatchKey(table.Caption), table.Caption, "the block caption", true);
                foreach (AxisNodeDescriptor column in AxisNodeDescriptor.All(table.Columns))
                    foreach (string text in new[] { column.Label }.Concat(column.Aliases))
                        yield return new DistinctLabel(TextNormalizer.MatchKey(text), text, $"a column of {where}", false);
                foreach (AxisNodeDescriptor row in AxisNodeDescriptor.All(table.Rows).Where(r => !r.Unlabeled))
                    foreach (string text in new[] { row.Label }.Concat(row.Aliases))
                        yield return new DistinctLabel(TextNormalizer.MatchKey(text), text, $"a row of {where}", false);
            }
        }

        /// <summary>Rows of this version whose path another version has too, but as a leaf where this has sub-rows, or the reverse.</summary>
        private static IReadOnlyList<ReshapedRow> ReshapedRows(FormatEntry format, List<FormatEntry> others)
        {
            var result = new List<ReshapedRow>();
            foreach (TableDescriptor table in format.Descriptor.Tables)
                foreach (AxisNodeDescriptor row in AxisNodeDescriptor.All(table.Rows))
                {
                    bool reshaped = others.Any(o => o.Descriptor.Tables.FirstOrDefault(t => t.Id == table.Id)?.FindRow(row.Path) is { } other && other.IsLeaf != row.IsLeaf);
                    if (!reshaped) continue;
                    result.Add(new ReshapedRow(TextNormalizer.MatchKey(row.Label), row.NumberedLabel,
                        row.Children.Select(c => TextNormalizer.MatchKey(c.Label)).ToList(), row.Children.Select(c => c.NumberedLabel).ToList()));
                }
            return result;
        }
    }
}
