using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Docs.Writing;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;
using SchemaGen.Schema.Versioning;

namespace SchemaGen.Docs.Rules
{
    /// <summary>
    /// Two versions of one format, older first, with the change report between them. The report comes from
    /// <see cref="ChangeReport.Compare"/>; if that fails, the comparison page still shows both layouts and says why
    /// the report is missing.
    /// </summary>
    public sealed class VersionPair
    {
        private VersionPair(SchemaFacts older, SchemaFacts newer, ChangeReport? report, string? reportError)
        {
            Older = older;
            Newer = newer;
            Report = report;
            ReportError = reportError;
        }

        public SchemaFacts Older { get; }

        public SchemaFacts Newer { get; }

        public ChangeReport? Report { get; }

        public string? ReportError { get; }

        public string PageName => HtmlText.Slug("compare-" + Older.Format.Id + "-" + Older.Format.Version + "-" + Newer.Format.Version);

        public static VersionPair Create(SchemaFacts older, SchemaFacts newer)
        {
            try
            {
                return new VersionPair(older, newer, ChangeReport.Compare(older.Model, newer.Model), null);
            }
            catch (Exception ex)
            {
                // The docs are still worth writing without the report; the page and the log say what happened.
                return new VersionPair(older, newer, null, ex.GetType().Name + ": " + ex.Message);
            }
        }

        /// <summary>Consecutive versions of every format id given more than once, oldest first.</summary>
        public static IReadOnlyList<(SchemaFacts Older, SchemaFacts Newer)> PairsOf(IEnumerable<SchemaFacts> schemas)
        {
            var pairs = new List<(SchemaFacts, SchemaFacts)>();
            foreach (var group in schemas.GroupBy(s => s.Format.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ordered = OrderVersions(group).ToList();
                for (int i = 0; i + 1 < ordered.Count; i++)
                    pairs.Add((ordered[i], ordered[i + 1]));
            }
            return pairs;
        }

        /// <summary>Versions in order: by first report year when both state one, else numerically, else by text.</summary>
        public static IEnumerable<SchemaFacts> OrderVersions(IEnumerable<SchemaFacts> versions) => FormatOrder.OldestFirst(versions, s => s.Format);

        /// <summary>
        /// The tables of both versions in one reading order: the newer version's, with a table only the older one has
        /// placed after the table that preceded it there (2019's 第二十条第（九）项 after 第（八）项).
        /// </summary>
        public IReadOnlyList<(TableSpec? Older, TableSpec? Newer)> AlignedTables()
        {
            var olderTables = Older.TablesInOrder().ToList();
            var order = Newer.TablesInOrder().Select(t => t.Id).ToList();
            string? previous = null;
            foreach (TableSpec table in olderTables)
            {
                if (!order.Contains(table.Id))
                    order.Insert(previous is null ? 0 : order.IndexOf(previous) + 1, table.Id);
                previous = table.Id;
            }
            return order.Select(id => (Older.Document.FindTable(id), Newer.Document.FindTable(id))).ToList();
        }
    }
}
