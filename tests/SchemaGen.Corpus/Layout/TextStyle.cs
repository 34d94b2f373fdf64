using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    public enum Script { Simplified, Traditional }

    /// <summary>How the words of a report are written: script, punctuation width, and which wording of each label.</summary>
    public sealed record TextStyle
    {
        public static TextStyle Official { get; } = new TextStyle();

        public Script Script { get; init; } = Script.Simplified;

        /// <summary>Full-width brackets and punctuation folded to ASCII ((一), 勾稽关系为:), as seed 001's converter wrote them.</summary>
        public bool HalfWidthPunctuation { get; init; }

        /// <summary>The chance that a label with Simplified aliases is written as one of them (结转下年继续办理 for 结转下年度继续办理).</summary>
        public double AliasChance { get; init; }

        /// <summary>Section headings in wordings real reports use beyond the schema's aliases (五、政府信息公开工作存在的主要问题及改进情况).</summary>
        public bool VariantHeadings { get; init; }
    }

    /// <summary>Writes labels and prose in a <see cref="TextStyle"/>. The choice of alias per label is fixed by the seed.</summary>
    public sealed class LabelWriter
    {
        /// <summary>Wordings of section headings seen in real reports but not listed in the schema (hebei 009, issue 9).</summary>
        private static readonly Dictionary<string, string[]> HeadingVariants = new()
        {
            ["存在的主要问题及改进情况"] = new[] { "政府信息公开工作存在的主要问题及改进情况" },
            ["政府信息公开行政复议、行政诉讼情况"] = new[] { "因政府信息公开工作被申请行政复议、提起行政诉讼情况" },
        };

        private readonly TextStyle _style;
        private readonly SeededRandom _random;
        private readonly Dictionary<string, string> _chosen = new Dictionary<string, string>();

        public LabelWriter(TextStyle style, SeededRandom random)
        {
            _style = style;
            _random = random;
        }

        public TextStyle Style => _style;

        /// <summary>A row or column label with its number: 一、本年新收…, （三）不予公开, 1.属于国家秘密.</summary>
        public string NumberedLabel(AxisNode node) => Text(Numbered(node.Number, Choose(node.Path + "#" + node.Label, node.Label, node.Aliases)));

        /// <summary>A label without its number (column headers have none).</summary>
        public string Label(AxisNode node) => Text(Choose(node.Path + "#" + node.Label, node.Label, node.Aliases));

        public string SectionHeading(FormatSection section)
        {
            string label = Choose("section " + section.Id, section.Label, section.Aliases);
            if (_style.VariantHeadings && HeadingVariants.TryGetValue(section.Label, out string[]? variants) && _random.Chance(0.6))
                label = _random.Pick(variants);
            return Text(section.Number + "、" + label);
        }

        public string Caption(FormatTable table) => Text(table.Caption ?? table.Label);

        public string? Stub(FormatTable table) => table.Stub is null ? null : Text(table.Stub);

        /// <summary>The header note spanning every column (申请人情况); the schema lists its other forms after it.</summary>
        public string? HeaderNote(FormatTable table) => table.HeaderNotes.Count == 0 ? null : Text(table.HeaderNotes[0]);

        /// <summary>Any other text (prose, titles, chrome) in the style's script and punctuation.</summary>
        public string Text(string text)
        {
            if (_style.Script == Script.Traditional) text = TraditionalScript.Convert(text);
            return _style.HalfWidthPunctuation ? HalfWidth(text) : text;
        }

        public static string Numbered(string? number, string label)
            => number is null ? label : number.EndsWith(".", System.StringComparison.Ordinal) || number.StartsWith("（", System.StringComparison.Ordinal) ? number + label : number + "、" + label;

        /// <summary>Full-width brackets, comma, colon and semicolon folded to ASCII; 、 and quotation marks kept (as seed 001).</summary>
        public static string HalfWidth(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                result.Append(c switch
                {
                    '（' => '(',
                    '）' => ')',
                    '，' => ',',
                    '：' => ':',
                    '；' => ';',
                    _ => c,
                });
            }
            return result.ToString();
        }

        private string Choose(string key, string label, IReadOnlyList<string> aliases)
        {
            if (_chosen.TryGetValue(key, out string? chosen)) return chosen;
            var simplified = aliases.Where(a => !TraditionalScript.HasTraditional(a)).ToArray();
            chosen = _style.AliasChance > 0 && simplified.Length > 0 && _random.Chance(_style.AliasChance) ? _random.Pick(simplified) : label;
            _chosen[key] = chosen;
            return chosen;
        }
    }
}
