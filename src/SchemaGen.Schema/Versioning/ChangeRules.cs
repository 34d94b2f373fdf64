using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>How a rule usually classifies its changes; some rules decide per change (see the description).</summary>
    public enum Breakage { None, Code, Data, CodeAndData, Varies }

    /// <summary>One entry of the catalog: a stable id, the elements it concerns, and what it means.</summary>
    public sealed record ChangeRule(string Id, string AppliesTo, ChangeKind Kind, Breakage Breaks, string Description);

    /// <summary>
    /// The catalog of change rules, in the spirit of <c>buf breaking</c>: ids are stable (never renumber or reuse,
    /// only add). "Code" is the generated C# (type and property names, cell types, the positional Row constructor,
    /// and the stable ids code matches on); "data" is the figures of reports written in the older version.
    /// </summary>
    public static class ChangeRules
    {
        private static ChangeRule Rule(string id, string appliesTo, ChangeKind kind, Breakage breaks, string description)
            => new ChangeRule(id, appliesTo, kind, breaks, description);

        // Format metadata.
        public static readonly ChangeRule FormatIdChanged = Rule("SCH-FORMAT-ID-CHANGED", "format", ChangeKind.Changed, Breakage.CodeAndData, "The format id changed: the two files describe different formats, not two versions of one.");
        public static readonly ChangeRule FormatVersionChanged = Rule("SCH-FORMAT-VERSION-CHANGED", "format", ChangeKind.Changed, Breakage.None, "The version label changed (expected between two versions).");
        public static readonly ChangeRule FormatNamespaceChanged = Rule("SCH-FORMAT-NAMESPACE-CHANGED", "format", ChangeKind.Changed, Breakage.Code, "The C# namespace of the generated types changed.");
        public static readonly ChangeRule FormatModelRenamed = Rule("SCH-FORMAT-MODEL-RENAMED", "format", ChangeKind.Renamed, Breakage.Code, "The generated report type (and its Schema, Parser and Validator classes) has another name.");
        public static readonly ChangeRule FormatMetadataChanged = Rule("SCH-FORMAT-METADATA-CHANGED", "format", ChangeKind.Changed, Breakage.None, "Title, notice, issuer, issue date or description of the format changed.");
        public static readonly ChangeRule FormatYearsChanged = Rule("SCH-FORMAT-YEARS-CHANGED", "format", ChangeKind.Changed, Breakage.None, "The report years the format applies to changed.");

        // Sections.
        public static readonly ChangeRule SectionAdded = Rule("SCH-SECTION-ADDED", "section", ChangeKind.Added, Breakage.None, "A section was added (a text section adds a property to the report model).");
        public static readonly ChangeRule SectionRemoved = Rule("SCH-SECTION-REMOVED", "section", ChangeKind.Removed, Breakage.CodeAndData, "A section was removed: its property or descriptor is gone and its content has no place.");
        public static readonly ChangeRule SectionRenamed = Rule("SCH-SECTION-RENAMED", "section", ChangeKind.Renamed, Breakage.Code, "A section's id changed while its wording or position stayed.");
        public static readonly ChangeRule SectionKindChanged = Rule("SCH-SECTION-KIND-CHANGED", "section", ChangeKind.Changed, Breakage.CodeAndData, "A section switched between prose (text) and tables.");
        public static readonly ChangeRule SectionReordered = Rule("SCH-SECTION-REORDERED", "section", ChangeKind.Moved, Breakage.None, "The sections kept their ids but come in another order.");

        // Tables.
        public static readonly ChangeRule TableAdded = Rule("SCH-TABLE-ADDED", "table", ChangeKind.Added, Breakage.None, "A table was added (a new property of the report model; older reports simply lack it).");
        public static readonly ChangeRule TableRemoved = Rule("SCH-TABLE-REMOVED", "table", ChangeKind.Removed, Breakage.CodeAndData, "A table was removed: its class is gone and its figures have no place.");
        public static readonly ChangeRule TableRenamed = Rule("SCH-TABLE-RENAMED", "table", ChangeKind.Renamed, Breakage.Code, "A table's id changed while its label or caption stayed.");
        public static readonly ChangeRule TableMoved = Rule("SCH-TABLE-MOVED", "table", ChangeKind.Moved, Breakage.None, "A table keeps its id but belongs to another section.");
        public static readonly ChangeRule TableReordered = Rule("SCH-TABLE-REORDERED", "table", ChangeKind.Moved, Breakage.None, "The tables kept their ids but come in another order.");

        // Rows.
        public static readonly ChangeRule RowAdded = Rule("SCH-ROW-ADDED", "row", ChangeKind.Added, Breakage.None, "A row was added (a new member; older reports leave it not stated).");
        public static readonly ChangeRule RowRemoved = Rule("SCH-ROW-REMOVED", "row", ChangeKind.Removed, Breakage.CodeAndData, "A row was removed (with its sub-rows): its member is gone and its figures have no place.");
        public static readonly ChangeRule RowRenamed = Rule("SCH-ROW-RENAMED", "row", ChangeKind.Renamed, Breakage.Code, "A row's id changed while its wording stayed (or a migration rename says so).");
        public static readonly ChangeRule RowMoved = Rule("SCH-ROW-MOVED", "row", ChangeKind.Moved, Breakage.Code, "A row keeps its id but sits under another parent, so its member path changes.");
        public static readonly ChangeRule RowSplit = Rule("SCH-ROW-SPLIT", "row", ChangeKind.Changed, Breakage.CodeAndData, "A row of figures became a group of sub-rows: its type changes and an older single figure cannot be apportioned.");
        public static readonly ChangeRule RowMerged = Rule("SCH-ROW-MERGED", "row", ChangeKind.Changed, Breakage.Code, "Rows were merged into one (or a group lost its sub-rows): members go, but older figures add up.");
        public static readonly ChangeRule RowReordered = Rule("SCH-ROW-REORDERED", "row", ChangeKind.Moved, Breakage.None, "Sibling rows kept their ids but come in another order.");

        // Columns.
        public static readonly ChangeRule ColumnAdded = Rule("SCH-COLUMN-ADDED", "column", ChangeKind.Added, Breakage.Code, "A column was added: the positional Row constructor gains a parameter; older reports leave it not stated.");
        public static readonly ChangeRule ColumnRemoved = Rule("SCH-COLUMN-REMOVED", "column", ChangeKind.Removed, Breakage.CodeAndData, "A column was removed (with its sub-columns): its property is gone and its figures have no place.");
        public static readonly ChangeRule ColumnRenamed = Rule("SCH-COLUMN-RENAMED", "column", ChangeKind.Renamed, Breakage.Code, "A column's id changed while its wording stayed (or a migration rename says so).");
        public static readonly ChangeRule ColumnMoved = Rule("SCH-COLUMN-MOVED", "column", ChangeKind.Moved, Breakage.None, "A column keeps its id under another column group (leaf columns are flat properties, so code keeps compiling).");
        public static readonly ChangeRule ColumnSplit = Rule("SCH-COLUMN-SPLIT", "column", ChangeKind.Changed, Breakage.CodeAndData, "A column of figures became a group of sub-columns: its property goes and an older figure cannot be apportioned.");
        public static readonly ChangeRule ColumnMerged = Rule("SCH-COLUMN-MERGED", "column", ChangeKind.Changed, Breakage.Code, "Columns were merged into one (or a group lost its sub-columns): properties go, but older figures add up.");
        public static readonly ChangeRule ColumnReordered = Rule("SCH-COLUMN-REORDERED", "column", ChangeKind.Moved, Breakage.Code, "Leaf columns come in another order: the positional Row constructor takes its arguments in another order.");

        // Cells.
        public static readonly ChangeRule CellKindChanged = Rule("SCH-CELL-KIND-CHANGED", "table, row or column", ChangeKind.Changed, Breakage.Varies, "The cell kind changed: breaks code when whole numbers become decimals or back (int? ↔ decimal?); breaks data unless it only widens count to signed-count.");
        public static readonly ChangeRule UnitChanged = Rule("SCH-UNIT-CHANGED", "table, row or column", ChangeKind.Changed, Breakage.Data, "The unit of the figures changed (元 ↔ 万元): older figures mean another quantity.");
        public static readonly ChangeRule ScaleChanged = Rule("SCH-SCALE-CHANGED", "table, row or column", ChangeKind.Changed, Breakage.Varies, "The number of decimals allowed changed: breaks data when it shrinks (older figures may not fit).");

        // Wording: never breaks code or data.
        public static readonly ChangeRule LabelChanged = Rule("SCH-LABEL-CHANGED", "section, table, row or column", ChangeKind.Changed, Breakage.None, "A label was reworded (same id, same figures).");
        public static readonly ChangeRule AliasesChanged = Rule("SCH-ALIASES-CHANGED", "section, table, row or column", ChangeKind.Changed, Breakage.None, "The alternative wordings a reader accepts changed.");
        public static readonly ChangeRule NumberChanged = Rule("SCH-NUMBER-CHANGED", "section, table, row or column", ChangeKind.Changed, Breakage.None, "The printed numbering changed (一, （一）, 1.).");
        public static readonly ChangeRule UnlabeledChanged = Rule("SCH-UNLABELED-CHANGED", "row or column", ChangeKind.Changed, Breakage.None, "Whether the official layout prints the row's label changed.");
        public static readonly ChangeRule CaptionChanged = Rule("SCH-CAPTION-CHANGED", "table", ChangeKind.Changed, Breakage.None, "A table's caption (第二十条第（一）项) changed.");
        public static readonly ChangeRule StubChanged = Rule("SCH-STUB-CHANGED", "table", ChangeKind.Changed, Breakage.None, "A table's top-left cell text changed.");
        public static readonly ChangeRule HeaderNotesChanged = Rule("SCH-HEADER-NOTES-CHANGED", "table", ChangeKind.Changed, Breakage.None, "The header notes over a table's columns changed.");
        public static readonly ChangeRule DescriptionChanged = Rule("SCH-DESCRIPTION-CHANGED", "section, table, row or column", ChangeKind.Changed, Breakage.None, "A description (doc comment text) changed.");

        // Invariants.
        public static readonly ChangeRule InvariantAdded = Rule("SCH-INVARIANT-ADDED", "invariant", ChangeKind.Added, Breakage.Varies, "An invariant was added: breaks data when it is an error-level rule (older figures may fail it); a warning does not.");
        public static readonly ChangeRule InvariantRemoved = Rule("SCH-INVARIANT-REMOVED", "invariant", ChangeKind.Removed, Breakage.Code, "An invariant was removed: code matching its stable finding id no longer sees it.");
        public static readonly ChangeRule InvariantRenamed = Rule("SCH-INVARIANT-RENAMED", "invariant", ChangeKind.Renamed, Breakage.Code, "An invariant's id changed while its rule stayed: its findings carry another id.");
        public static readonly ChangeRule InvariantMoved = Rule("SCH-INVARIANT-MOVED", "invariant", ChangeKind.Moved, Breakage.CodeAndData, "An invariant keeps its id but applies to another table.");
        public static readonly ChangeRule InvariantChanged = Rule("SCH-INVARIANT-CHANGED", "invariant", ChangeKind.Changed, Breakage.Varies, "An invariant's rule, axis, kind or across-years changed: breaks data unless it only follows renamed rows or columns.");
        public static readonly ChangeRule InvariantScopeChanged = Rule("SCH-INVARIANT-SCOPE-CHANGED", "invariant", ChangeKind.Changed, Breakage.None, "An invariant reads the same, but the cells it covers changed with the structure (reported on its own).");
        public static readonly ChangeRule InvariantSeverityChanged = Rule("SCH-INVARIANT-SEVERITY-CHANGED", "invariant", ChangeKind.Changed, Breakage.Varies, "An invariant's severity changed: breaks data when a warning becomes an error.");
        public static readonly ChangeRule InvariantMessageChanged = Rule("SCH-INVARIANT-MESSAGE-CHANGED", "invariant", ChangeKind.Changed, Breakage.None, "An invariant's message or standing changed.");

        public static IReadOnlyList<ChangeRule> All { get; } = new[]
        {
            FormatIdChanged, FormatVersionChanged, FormatNamespaceChanged, FormatModelRenamed, FormatMetadataChanged, FormatYearsChanged,
            SectionAdded, SectionRemoved, SectionRenamed, SectionKindChanged, SectionReordered,
            TableAdded, TableRemoved, TableRenamed, TableMoved, TableReordered,
            RowAdded, RowRemoved, RowRenamed, RowMoved, RowSplit, RowMerged, RowReordered,
            ColumnAdded, ColumnRemoved, ColumnRenamed, ColumnMoved, ColumnSplit, ColumnMerged, ColumnReordered,
            CellKindChanged, UnitChanged, ScaleChanged,
            LabelChanged, AliasesChanged, NumberChanged, UnlabeledChanged, CaptionChanged, StubChanged, HeaderNotesChanged, DescriptionChanged,
            InvariantAdded, InvariantRemoved, InvariantRenamed, InvariantMoved, InvariantChanged, InvariantScopeChanged, InvariantSeverityChanged, InvariantMessageChanged,
        };

        private static readonly Dictionary<string, ChangeRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

        public static ChangeRule? Find(string id) => ById.TryGetValue(id, out ChangeRule? rule) ? rule : null;
    }
}
