using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Figures;

namespace SchemaGen.Cli.Extracting
{
    /// <summary>
    /// One row of extract's output: one figure of one report, tidy (one observation per row, one variable per column).
    /// The columns, in this order, are <see cref="Columns"/>; every format writes exactly these.
    /// </summary>
    public sealed record ExtractRow(string File, string? Agency, int? ReportYear, string? FormatVersion, ReportFigure Figure)
    {
        public decimal? Value => Figure.Value;

        /// <summary>The line of the input the figure was read from; null when it has none (a whole input, a PDF).</summary>
        public int? Line => Figure.Source.Line > 0 ? Figure.Source.Line : null;

        /// <summary>The column names, snake_case so that pandas, R and spreadsheets take them as they are.</summary>
        public static IReadOnlyList<string> Columns { get; } = new[]
        {
            "file", "agency", "report_year", "format_version", "section", "table", "table_label", "row", "row_label",
            "column", "column_label", "value", "origin", "reason", "raw", "line", "place", "prose_id", "prose_label", "cells", "sentence",
        };

        /// <summary>The row's cells as text, in <see cref="Columns"/> order; null for an empty cell.</summary>
        public IReadOnlyList<string?> Cells() => new[]
        {
            File, Agency, ReportYear?.ToString(CultureInfo.InvariantCulture), FormatVersion, Figure.SectionNumber, Figure.Table, Figure.TableLabel,
            Figure.Row, Figure.RowLabel, Figure.Column, Figure.ColumnLabel, Number(Value), ReportFigure.Word(Figure.Origin), Figure.Reason,
            Figure.Raw is { Length: > 0 } raw ? raw : null, Line?.ToString(CultureInfo.InvariantCulture), Place,
            Figure.Prose?.Id, Figure.Prose?.Label, Figure.StandsFor.Count > 0 ? string.Join(" + ", Figure.StandsFor) : null, Figure.Prose?.Sentence,
        };

        /// <summary>Invariant digits, no exponent, no trailing zeros: 75, 12.5.</summary>
        public static string? Number(decimal? value) => value is null ? null : Output.FindingText.Number(value);

        /// <summary>
        /// The figures of one file: every cell with a figure, every unplaced figure and every figure taken from the prose
        /// (blank cells are left out), or one row saying why the file was not read.
        /// </summary>
        public static IEnumerable<ExtractRow> Of(FileCheckResult result)
        {
            string? version = result.Format?.Format.Version;
            return ReportFigures.Of(result)
                .Where(f => f.Origin != FigureOrigin.Blank)
                .Select(f => new ExtractRow(result.Path, result.Format?.Agency, result.Format?.ReportYear, version, f));
        }

        /// <summary>The figure's place beyond its line (an element path, a PDF page and box); null for plain text.</summary>
        private string? Place => Figure.Source.IsMoreThanLine ? Figure.Source.ToString() : null;
    }
}
