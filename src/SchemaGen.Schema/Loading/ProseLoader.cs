using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Schema.Loading
{
    /// <summary>
    /// Reads the <c>prose:</c> list: the figures the report's prose restates. Each pattern must hold exactly one {n} and
    /// be a valid regular expression once {n} is replaced, and each figure's table, rows, columns and number forms must
    /// exist; every problem is located at its YAML node.
    /// </summary>
    internal static class ProseLoader
    {
        /// <summary>How long one pattern may take on one text: a pattern that backtracks without end is stopped, not hung on.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        public static EquatableArray<ProseSpec> Read(YamlMapping root, EquatableArray<TableSpec> tables, LoadContext context)
            => root.Mappings("prose").Select(m => ReadFigure(m, tables, context)).ToEquatableArray();

        private static ProseSpec ReadFigure(YamlMapping map, EquatableArray<TableSpec> tables, LoadContext context)
        {
            string id = map.String("id", required: true) ?? "";
            if (id.Length > 0 && !Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
                context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"prose figure id '{id}' must be lower-case words joined by '-' (it is a stable id)", map.SpanOf("id"));
            string tableId = map.String("table", required: true) ?? "";
            string label = map.String("label", required: true) ?? "";
            EquatableArray<Text> rows = map.Strings("rows");
            EquatableArray<Text> columns = map.Strings("columns");
            EquatableArray<Text> numbers = map.Strings("numbers");
            var patterns = ReadPatterns(map, context);
            map.ReportUnknownKeys($"prose figure '{id}'");

            TableSpec? table = tables.FirstOrDefault(t => t.Id == tableId);
            if (tableId.Length > 0 && table is null)
                context.Report(SchemaDiagnosticIds.UnknownReference, $"prose figure '{id}' names table '{tableId}', which is not declared", map.SpanOf("table"));
            if (table is not null)
            {
                foreach (Text row in rows)
                    if (table.FindRow(row.Value) is null)
                        context.Report(SchemaDiagnosticIds.UnknownReference, $"prose figure '{id}': table '{tableId}' has no row '{row.Value}'", map.SpanOf("rows"));
                foreach (Text column in columns)
                    if (!table.AllColumns.Any(c => c.Path == column.Value || c.Id == column.Value))
                        context.Report(SchemaDiagnosticIds.UnknownReference, $"prose figure '{id}': table '{tableId}' has no column '{column.Value}'", map.SpanOf("columns"));
            }
            if (rows.Count == 0 && map.Get("rows") is null) context.Report(SchemaDiagnosticIds.MissingKey, $"prose figure '{id}' needs 'rows'", map.Span);
            if (columns.Count == 0 && map.Get("columns") is null) context.Report(SchemaDiagnosticIds.MissingKey, $"prose figure '{id}' needs 'columns'", map.Span);
            foreach (Text form in numbers)
                if (!ProseNumbers.Forms.ContainsKey(form.Value))
                    context.Report(SchemaDiagnosticIds.InvalidValue, $"prose figure '{id}': number form '{form.Value}' is not one of {string.Join(", ", ProseNumbers.Forms.Keys)}", map.SpanOf("numbers"));
            return new ProseSpec(id, tableId, label, rows, columns, patterns, numbers, map.Span);
        }

        private static EquatableArray<ProsePattern> ReadPatterns(YamlMapping map, LoadContext context)
        {
            YamlNode? node = map.Get("patterns");
            if (node is null)
            {
                context.Report(SchemaDiagnosticIds.MissingKey, "a prose figure needs 'patterns': the phrases that state it", map.Span);
                return EquatableArray<ProsePattern>.Empty;
            }
            if (node is not YamlSequenceNode sequence)
            {
                context.Report(SchemaDiagnosticIds.InvalidValue, "'patterns' must be a list of phrases", context.SpanOf(node));
                return EquatableArray<ProsePattern>.Empty;
            }
            var patterns = new List<ProsePattern>();
            foreach (YamlNode item in sequence.Children)
            {
                SourceSpan span = context.SpanOf(item);
                if (item is not YamlScalarNode scalar || scalar.Value is null)
                {
                    context.Report(SchemaDiagnosticIds.InvalidValue, "every item of 'patterns' must be a single phrase", span);
                    continue;
                }
                string? problem = Problem(scalar.Value);
                if (problem is not null) context.Report(SchemaDiagnosticIds.InvalidProsePattern, problem, span);
                patterns.Add(new ProsePattern(scalar.Value, span));
            }
            return patterns.ToEquatableArray();
        }

        /// <summary>Why a pattern cannot be used, or null.</summary>
        internal static string? Problem(string pattern)
        {
            int placeholders = CountOf(pattern, ProseNumbers.Placeholder);
            if (placeholders != 1)
                return $"a prose pattern must hold {ProseNumbers.Placeholder} exactly once, where the number stands; '{pattern}' holds it {placeholders} times";
            if (pattern.Contains("(?<n>"))
                return $"'{pattern}' declares a group named n, which {ProseNumbers.Placeholder} stands for";
            try
            {
                _ = new Regex(pattern.Replace(ProseNumbers.Placeholder, ProseNumbers.Expression(ProseNumbers.Default)), RegexOptions.None, MatchTimeout);
                return null;
            }
            catch (ArgumentException ex)
            {
                return $"'{pattern}' is not a valid regular expression: {ex.Message}";
            }
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
            return count;
        }
    }
}
