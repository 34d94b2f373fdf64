using System.Collections.Generic;

namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// A figure the report's prose restates (rule I): which cells it is the sum of (<see cref="Rows"/> × <see cref="Columns"/>,
    /// group paths standing for their leaves), the phrases that state it, each a .NET regular expression with one
    /// <c>{n}</c> where the number stands, and the number forms <c>{n}</c> accepts.
    /// </summary>
    public sealed record ProseSpec(
        string Id,
        string Table,
        string Label,
        EquatableArray<Text> Rows,
        EquatableArray<Text> Columns,
        EquatableArray<ProsePattern> Patterns,
        EquatableArray<Text> Numbers,
        SourceSpan Span);

    /// <summary>One phrase of a prose figure, as declared, with where it stands in the YAML.</summary>
    public sealed record ProsePattern(string Text, SourceSpan Span);

    /// <summary>The number forms a prose pattern's <c>{n}</c> accepts, and the regular expression of each.</summary>
    public static class ProseNumbers
    {
        /// <summary>The placeholder a pattern marks the number with.</summary>
        public const string Placeholder = "{n}";

        /// <summary>Form → the expression it matches: 75, 1,234, 12.5, 七十五.</summary>
        public static IReadOnlyDictionary<string, string> Forms { get; } = new Dictionary<string, string>
        {
            ["grouped"] = @"\d{1,3}(?:,\d{3})+",
            ["decimal"] = @"\d+\.\d+",
            ["digits"] = @"\d+",
            ["chinese"] = "[零〇一二两三四五六七八九十百千万]+",
        };

        /// <summary>The forms a figure accepts when it names none.</summary>
        public static IReadOnlyList<string> Default { get; } = new[] { "digits", "grouped", "chinese" };

        /// <summary>The expression {n} becomes: a named group n of the accepted forms, longest first, not inside a longer number.</summary>
        public static string Expression(IEnumerable<string> forms)
        {
            var chosen = new HashSet<string>(forms);
            var alternatives = new List<string>();
            foreach (var form in Forms)
                if (chosen.Contains(form.Key)) alternatives.Add(form.Value);
            return @"(?<![\d.,])(?<n>" + string.Join("|", alternatives) + @")(?![\d])";
        }
    }
}
