using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Cli.Figures
{
    /// <summary>Where a cell's figure came from, as the checked report says (see <see cref="ReportFigures.OriginOf"/>).</summary>
    public enum FigureOrigin
    {
        /// <summary>Read from the report's table as printed.</summary>
        Stated,

        /// <summary>The cell was placed but holds no figure ("not stated").</summary>
        Blank,

        /// <summary>Left blank in the report and computed from its stated parts before the rules ran.</summary>
        Imputed,

        /// <summary>
        /// Not in a table (missing, or its cells blank), but stated in the report's prose and taken from there. A prose
        /// figure may stand for one cell or for a sum of cells (<see cref="ReportFigure.StandsFor"/>).
        /// </summary>
        Prose,

        /// <summary>A figure the reader saw but could not place in a cell with certainty; <see cref="ReportFigure.Reason"/> says why.</summary>
        Unplaced,

        /// <summary>The whole input was not read or not checked; <see cref="ReportFigure.Reason"/> says why.</summary>
        Unread,
    }

    /// <summary>
    /// One cell of one report with its figure, where it came from and where it stood in the input. Row and column are
    /// null for an unplaced run of figures whose row or column is not known, for a prose figure that stands for a sum of
    /// cells (<see cref="StandsFor"/> lists them), and everything but the reason for an input that was not read.
    /// </summary>
    public sealed record ReportFigure(
        string? Section,
        string? SectionNumber,
        string? Table,
        string? TableLabel,
        string? Row,
        string? RowLabel,
        string? Column,
        string? ColumnLabel,
        decimal? Value,
        string? Raw,
        FigureOrigin Origin,
        string? Reason,
        SourceLocation Source)
    {
        /// <summary>For a figure taken from the prose: which declared figure it is, its value, the words and the sentence that state it; else null.</summary>
        public SchemaGen.Runtime.Prose.ProseFigure? Prose { get; init; }

        /// <summary>For a figure taken from the prose: the cells whose sum it states (one cell, or several: 收到 = 新收 + 上年结转 in 总计); else empty.</summary>
        public IReadOnlyList<ProseCell> StandsFor { get; init; } = Array.Empty<ProseCell>();

        public static string Word(FigureOrigin origin) => origin switch
        {
            FigureOrigin.Stated => "stated",
            FigureOrigin.Blank => "blank",
            FigureOrigin.Imputed => "imputed",
            FigureOrigin.Prose => "prose",
            FigureOrigin.Unplaced => "unplaced",
            _ => "unread",
        };
    }

    /// <summary>A cell a prose figure stands for (or is part of the sum it states): leaf row path and column id, with their official labels.</summary>
    public sealed record ProseCell(string Row, string RowLabel, string Column, string ColumnLabel)
    {
        /// <summary>NewlyReceived:Total, as extract's cells column lists it.</summary>
        public override string ToString() => Row + ":" + Column;
    }
}
