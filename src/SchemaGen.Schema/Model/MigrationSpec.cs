using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// How the elements of an older format version map onto this one (declared in the newer schema).
    /// Elements not named by any rule map implicitly: a cell of the older version lands on the cell of the same
    /// table id, leaf row path and leaf column id, when this version has it.
    /// </summary>
    public sealed record MigrationSpec(string FromVersion, string? Description, EquatableArray<MigrationRule> Rules, SourceSpan Span);

    public enum MigrationAction
    {
        /// <summary>One older element is the same measure as one element of this version under another id or label.</summary>
        Rename,
        /// <summary>One older element became several; figures cannot be apportioned, so they go to <see cref="MigrationRule.CarryInto"/> when given, else nowhere.</summary>
        Split,
        /// <summary>Several older elements became one; their figures add up.</summary>
        Merge,
        /// <summary>The older element has no counterpart here; its figures are not carried over (the note says why).</summary>
        Drop,
    }

    /// <summary>
    /// One mapping: <see cref="From"/> names elements of the older version, <see cref="To"/> elements of this one
    /// (see <see cref="ElementReference"/> for the syntax). <see cref="CarryInto"/>, on a split only, is the one target
    /// that receives the whole figure.
    /// </summary>
    public sealed record MigrationRule(
        MigrationAction Action,
        EquatableArray<ElementReference> From,
        EquatableArray<ElementReference> To,
        ElementReference? CarryInto,
        string? Note,
        SourceSpan Span);

    public enum ElementKind { Table, Row, Column, Cell }

    /// <summary>
    /// A reference to a table, a row (leaf or group), a column (leaf or group) or one cell:
    /// <c>Procurement</c>, <c>Applications.row:Outcomes.OtherHandling</c>, <c>Regulations.column:Issued</c>,
    /// <c>Licensing.row:OtherServices.column:Decisions</c>. <see cref="Value"/> is the text as written.
    /// </summary>
    public sealed record ElementReference(string Value, string Table, string? Row, string? Column, SourceSpan Span)
    {
        private const string Id = "[A-Za-z][A-Za-z0-9_]*";

        private static readonly Regex Syntax = new(
            $"^(?<table>{Id})(?:\\.row:(?<row>{Id}(?:\\.{Id})*))?(?:\\.column:(?<column>{Id}(?:\\.{Id})*))?$",
            RegexOptions.CultureInvariant);

        public const string SyntaxHelp = "Table, Table.row:Row.Path, Table.column:Column or Table.row:Row.Path.column:Column";

        public ElementKind Kind => Row is null ? (Column is null ? ElementKind.Table : ElementKind.Column) : (Column is null ? ElementKind.Row : ElementKind.Cell);

        /// <summary>Parses a reference; null when the text does not follow <see cref="SyntaxHelp"/>.</summary>
        public static ElementReference? Parse(string text, SourceSpan span)
        {
            Match match = Syntax.Match(text.Trim());
            if (!match.Success) return null;
            string? Group(string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
            return new ElementReference(text.Trim(), match.Groups["table"].Value, Group("row"), Group("column"), span);
        }

        /// <summary>
        /// Whether this reference covers the cell (table id, leaf row path, leaf column path): a group covers its leaves.
        /// Rows are named by path; a column by id (ids are unique within a table) or by path.
        /// </summary>
        public bool Covers(string table, string rowPath, string columnPath)
            => Table == table && (Row is null || IsSelfOrAncestor(Row, rowPath)) && (Column is null || CoversColumn(Column, columnPath));

        private static bool IsSelfOrAncestor(string path, string leafPath)
            => leafPath == path || leafPath.StartsWith(path + ".", System.StringComparison.Ordinal);

        private static bool CoversColumn(string column, string leafPath)
            => column.IndexOf('.') >= 0 ? IsSelfOrAncestor(column, leafPath) : leafPath.Split('.').Contains(column);

        /// <summary>How specific the reference is: a cell beats a row or column, which beat a table.</summary>
        public int Specificity => (Row is null ? 0 : 1) + (Column is null ? 0 : 1);

        public override string ToString() => Value;

        public static implicit operator string(ElementReference reference) => reference.Value;
    }
}
