using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Schema.Model
{
    /// <summary>One statutory format version, as declared in a schema YAML file.</summary>
    public sealed record SchemaDocument(
        string Path,
        FormatInfo Format,
        EquatableArray<SectionSpec> Sections,
        EquatableArray<TableSpec> Tables,
        EquatableArray<InvariantSpec> Invariants,
        MigrationSpec? Migration)
    {
        /// <summary>The figures the report's prose restates, and the phrases that state them (the <c>prose:</c> list).</summary>
        public EquatableArray<ProseSpec> Prose { get; init; } = EquatableArray<ProseSpec>.Empty;

        /// <summary>Elements a team took out of its own schema, with the reason (the <c>removed:</c> list): generated code keeps an error-level member naming it.</summary>
        public EquatableArray<RemovedElement> Removed { get; init; } = EquatableArray<RemovedElement>.Empty;

        public TableSpec? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);

        public SectionSpec? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);

        public IEnumerable<InvariantSpec> InvariantsOf(string tableId) => Invariants.Where(i => i.Table == tableId);

        /// <summary>A short key such as <c>gov-info-annual-report@2021</c>.</summary>
        public string Key => Format.Id + "@" + Format.Version;
    }

    public sealed record FormatInfo(
        string Id,
        string Version,
        string Title,
        string Notice,
        string? IssuedBy,
        string? IssuedOn,
        int? ReportYearFrom,
        int? ReportYearTo,
        string Namespace,
        string Model,
        string? Description,
        SourceSpan Span);

    public enum SectionKind { Text, Tables }

    public sealed record SectionSpec(
        string Id,
        string Number,
        string Label,
        EquatableArray<Text> Aliases,
        SectionKind Kind,
        EquatableArray<Text> Tables,
        string? Description,
        SourceSpan Span)
    {
        /// <summary>The heading as printed: 一、总体情况.</summary>
        public string Heading => Number + "、" + Label;
    }

    public sealed record TableSpec(
        string Id,
        string Section,
        string? Caption,
        string Label,
        string? Stub,
        EquatableArray<Text> HeaderNotes,
        CellKind Cell,
        string? Description,
        EquatableArray<AxisNode> Columns,
        EquatableArray<AxisNode> Rows,
        SourceSpan Span)
    {
        /// <summary>The ids this table had before a team renamed it (<c>renamed-from:</c>): generated code keeps them as obsolete forwarders.</summary>
        public EquatableArray<Text> RenamedFrom { get; init; } = EquatableArray<Text>.Empty;

        public IEnumerable<AxisNode> LeafColumns => AxisNode.Leaves(Columns);

        public IEnumerable<AxisNode> LeafRows => AxisNode.Leaves(Rows);

        public IEnumerable<AxisNode> AllColumns => AxisNode.All(Columns);

        public IEnumerable<AxisNode> AllRows => AxisNode.All(Rows);

        /// <summary>The kind of a cell: the column's, else the row's, else the table's.</summary>
        public CellKind KindOf(AxisNode row, AxisNode column) => column.Kind ?? row.Kind ?? Cell;

        public AxisNode? FindRow(string path) => AllRows.FirstOrDefault(r => r.Path == path);

        public AxisNode? FindColumn(string path) => AllColumns.FirstOrDefault(c => c.Path == path || c.Id == path);
    }

    /// <summary>
    /// A row or a column. Nodes with children are groups (they carry no figures of their own);
    /// leaves carry figures. <see cref="Path"/> is the dotted id path from the top of the axis.
    /// </summary>
    public sealed record AxisNode(
        string Id,
        string Path,
        string? Number,
        string Label,
        EquatableArray<Text> Aliases,
        string? Description,
        CellKind? Kind,
        string? Unit,
        int? Scale,
        bool Unlabeled,
        int Depth,
        EquatableArray<AxisNode> Children,
        SourceSpan Span)
    {
        /// <summary>The ids this row or column had before a team renamed it (<c>renamed-from:</c>), among the same siblings.</summary>
        public EquatableArray<Text> RenamedFrom { get; init; } = EquatableArray<Text>.Empty;

        public bool IsLeaf => Children.Count == 0;

        /// <summary>The label as printed, number included: （一）予以公开.</summary>
        public string NumberedLabel => Number is null ? Label : (Number.EndsWith(".", StringComparison.Ordinal) || Number.StartsWith("（", StringComparison.Ordinal) ? Number + Label : Number + "、" + Label);

        public IEnumerable<AxisNode> Leaves() => IsLeaf ? new[] { this } : Leaves(Children);

        public static IEnumerable<AxisNode> Leaves(IEnumerable<AxisNode> nodes) => nodes.SelectMany(n => n.Leaves());

        /// <summary>
        /// Every node under <paramref name="nodes"/>, each before its children, listed at once: a nested iterator made
        /// an enumerator per level for every node it passed on, and rules and migrations look nodes up by the hundred.
        /// </summary>
        public static IReadOnlyList<AxisNode> All(IEnumerable<AxisNode> nodes)
        {
            var all = new List<AxisNode>();
            foreach (AxisNode node in nodes) AddWithDescendants(node, all);
            return all;
        }

        private static void AddWithDescendants(AxisNode node, List<AxisNode> all)
        {
            all.Add(node);
            for (int i = 0; i < node.Children.Count; i++) AddWithDescendants(node.Children[i], all);
        }
    }

    public sealed record InvariantSpec(
        string Id,
        string Table,
        RuleAxis ForEach,
        InvariantKind Kind,
        bool AcrossYears,
        FindingSeverity Severity,
        string Rule,
        string Message,
        string? Standing,
        SourceSpan Span,
        SourceSpan RuleSpan)
    {
        /// <summary>True when for-each or kind was given an unknown word (already reported): the rule is then not checked further.</summary>
        public bool HasUnknownShape { get; init; }

        /// <summary>The axis the rule's references name: rows when it is checked for each column, and the reverse.</summary>
        public RuleAxis ReferenceAxis => ForEach == RuleAxis.Column ? RuleAxis.Row : RuleAxis.Column;
    }
}
