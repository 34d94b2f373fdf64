using System;
using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>A level of a table's column header left out of the layout: 0 is the header note row (申请人情况), 1 the top level of column groups, and so on.</summary>
    public sealed record HeaderLevelOmission(string TableId, int Level);

    /// <summary>How a report is laid out before a writer turns it into bytes.</summary>
    public sealed record LayoutOptions
    {
        public static LayoutOptions Official { get; } = new LayoutOptions();

        public TextStyle Text { get; init; } = TextStyle.Official;

        /// <summary>Table 二's captioned blocks as one grid with a caption row per block (the official template), or as separate tables under caption lines.</summary>
        public bool CombineCaptionedTables { get; init; } = true;

        /// <summary>Four-character column labels broken in two in their narrow cells (商业\n企业), as Word and PDF print them.</summary>
        public bool WrapNarrowHeaders { get; init; }

        /// <summary>What a blank figure cell shows: nothing, "—", "/".</summary>
        public string BlankText { get; init; } = "";

        /// <summary>Positive signed counts written with their sign (2019's 本年增/减: +82).</summary>
        public bool PlusSignOnSignedCounts { get; init; }

        /// <summary>Column header levels left out of the layout (a broken variant).</summary>
        public IReadOnlyList<HeaderLevelOmission> OmittedHeaderLevels { get; init; } = Array.Empty<HeaderLevelOmission>();

        /// <summary>Writes one figure as the layout prints it.</summary>
        public string FigureText(decimal? value, CellKind kind)
        {
            if (value is not decimal v) return BlankText;
            string text = v.ToString(CultureInfo.InvariantCulture);
            return kind == CellKind.SignedCount && PlusSignOnSignedCounts && v > 0 ? "+" + text : text;
        }
    }
}
