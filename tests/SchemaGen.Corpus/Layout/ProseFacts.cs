using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// A figure the prose restates: the sentence, which quantity, the cells whose sum it restates, and the value it states.
    /// By default the value equals the cells' sum in the true figures; a broken table figure leaves the prose as it was.
    /// </summary>
    public sealed record ProseClaim(string SectionId, string Sentence, string Quantity, IReadOnlyList<CellRef> Cells, decimal Value);

    /// <summary>
    /// The quantities prose restates, as sums of table cells. The one place that names schema ids on purpose: prose talks
    /// about particular rows. A quantity whose cells a format lacks is simply not restated.
    /// </summary>
    internal sealed class ProseFacts
    {
        private readonly ReportFormat _format;
        private readonly ReportFigures _figures;

        public ProseFacts(ReportFigures figures)
        {
            _format = figures.Format;
            _figures = figures;
        }

        public Quantity? Received => Of("received", ("Applications", "NewlyReceived", "Total"));
        public Quantity? CarriedOver => Of("carried-over", ("Applications", "CarriedOver", "Total"));
        public Quantity? Concluded => Of("concluded", ("Applications", "Outcomes.Total", "Total"));
        public Quantity? CarriedForward => Of("carried-forward", ("Applications", "CarriedForward", "Total"));
        public Quantity? Granted => Of("granted", ("Applications", "Outcomes.Granted", "Total"));
        public Quantity? PartiallyGranted => Of("partially-granted", ("Applications", "Outcomes.PartiallyGranted", "Total"));
        public Quantity? Withheld => OfGroup("withheld", "Applications", "Outcomes.Withheld", "Total");
        public Quantity? UnableToProvide => OfGroup("unable-to-provide", "Applications", "Outcomes.UnableToProvide", "Total");
        public Quantity? NotProcessed => OfGroup("not-processed", "Applications", "Outcomes.NotProcessed", "Total");
        public Quantity? OtherHandling => OfGroup("other-handling", "Applications", "Outcomes.OtherHandling", "Total");
        public Quantity? NaturalPersons => Of("natural-person-applications", ("Applications", "NewlyReceived", "NaturalPerson"));
        public Quantity? Reconsiderations => Of("reconsiderations", ("Appeals", "Cases", "ReconsiderationTotal"));
        public Quantity? Lawsuits => Of("lawsuits", ("Appeals", "Cases", "DirectSuitTotal"), ("Appeals", "Cases", "SuitAfterReconsiderationTotal"));
        public Quantity? NormativeDocumentsIssued
            => Of("normative-documents-issued", ("Regulations", "NormativeDocuments", "Issued")) ?? Of("normative-documents-issued", ("Regulations", "NormativeDocuments", "MadeThisYear"));

        /// <summary>Received and carried over together (本年度共收到…申请 N 件（含上年结转 M 件）).</summary>
        public Quantity? ReceivedWithCarriedOver
            => Received is { } r && CarriedOver is { } c ? new Quantity("received-with-carried-over", r.Cells.Concat(c.Cells).ToArray(), r.Value + c.Value) : null;

        internal sealed record Quantity(string Name, IReadOnlyList<CellRef> Cells, decimal Value)
        {
            public int Whole => (int)Value;
        }

        private Quantity? Of(string name, params (string Table, string Row, string Column)[] cells)
        {
            var refs = new List<CellRef>();
            foreach (var (table, row, column) in cells)
            {
                if (!_format.HasTable(table)) return null;
                var cell = new CellRef(table, row, column);
                if (!_format.Table(table).Contains(cell)) return null;
                refs.Add(cell);
            }
            return new Quantity(name, refs, refs.Sum(c => _figures[c] ?? 0m));
        }

        /// <summary>Every leaf row under a row group (or the row itself when it is a leaf), in one column.</summary>
        private Quantity? OfGroup(string name, string table, string rowPath, string column)
        {
            if (!_format.HasTable(table)) return null;
            FormatTable t = _format.Table(table);
            var cells = t.LeafRows.Where(r => r.Path == rowPath || r.Path.StartsWith(rowPath + ".", System.StringComparison.Ordinal))
                .Select(r => new CellRef(table, r.Path, column)).Where(t.Contains).ToArray();
            return cells.Length == 0 ? null : new Quantity(name, cells, cells.Sum(c => _figures[c] ?? 0m));
        }
    }
}
