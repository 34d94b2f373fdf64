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

        /// <summary>Not in a table, but restated in the report's prose, and taken from there.</summary>
        Prose,

        /// <summary>A figure the reader saw but could not place in a cell with certainty; <see cref="ReportFigure.Reason"/> says why.</summary>
        Unplaced,

        /// <summary>The whole input was not read or not checked; <see cref="ReportFigure.Reason"/> says why.</summary>
        Unread,
    }

    /// <summary>
    /// One cell of one report with its figure, where it came from and where it stood in the input. Row and column are
    /// null for an unplaced run of figures whose row or column is not known, and everything but the reason for an input
    /// that was not read.
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
}
