using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Migration
{
    /// <summary>
    /// A figure of the older report that the newer format has no place for: the cell it stood in (with the official
    /// labels of the older format), its value, and why it could not be carried over.
    /// </summary>
    public sealed record NotCarriedOver(CellAddress From, string TableLabel, decimal Value, string Reason)
    {
        /// <summary>The cell as a migration reference: <c>Procurement.row:CentralizedProcurement.column:TotalAmount</c>.</summary>
        public string Element => $"{From.Table}.row:{From.Row}.column:{From.Column}";

        public override string ToString()
            => $"{LabelPath.Join(TableLabel, From.RowLabel)} × {From.ColumnLabel} = {Value.ToString("0.############", CultureInfo.InvariantCulture)} [{Element}]: {Reason}";
    }

    /// <summary>
    /// A figure that was carried over, but into a place that does not mean quite the same: a 2019 （六）其他处理
    /// figure carried whole into 2021's 3.其他 because the split cannot be apportioned.
    /// </summary>
    public sealed record CarriedWithCaveat(CellAddress From, CellAddress To, decimal Value, string Caveat)
    {
        public override string ToString()
            => $"{From.RowLabel} × {From.ColumnLabel} = {Value.ToString("0.############", CultureInfo.InvariantCulture)} → {To.RowLabel} × {To.ColumnLabel}: {Caveat}";
    }

    /// <summary>A report converted from an older format version, with every figure that did not carry over cleanly.</summary>
    public sealed class MigrationResult<TReport>
    {
        public MigrationResult(TReport report, string fromKey, string toKey, IReadOnlyList<NotCarriedOver> notCarriedOver, IReadOnlyList<CarriedWithCaveat> caveats)
        {
            Report = report;
            FromKey = fromKey;
            ToKey = toKey;
            NotCarriedOver = notCarriedOver;
            Caveats = caveats;
        }

        /// <summary>The converted report. Cells the older format did not have are blank (not stated).</summary>
        public TReport Report { get; }

        /// <summary>The older format: gov-info-annual-report@2019.</summary>
        public string FromKey { get; }

        /// <summary>The newer format: gov-info-annual-report@2021.</summary>
        public string ToKey { get; }

        /// <summary>Stated figures of the older report that have no place in the newer format, in table order.</summary>
        public IReadOnlyList<NotCarriedOver> NotCarriedOver { get; }

        /// <summary>Stated figures carried into a place that is only an approximation of their meaning.</summary>
        public IReadOnlyList<CarriedWithCaveat> Caveats { get; }

        /// <summary>Every stated figure was carried over to a place of the same meaning.</summary>
        public bool IsLossless => NotCarriedOver.Count == 0 && Caveats.Count == 0;

        public override string ToString()
        {
            var lines = new List<string> { $"{FromKey} → {ToKey}: {NotCarriedOver.Count} figure(s) not carried over, {Caveats.Count} carried with a caveat" };
            lines.AddRange(NotCarriedOver.Select(n => "  not carried: " + n));
            lines.AddRange(Caveats.Select(c => "  caveat: " + c));
            return string.Join("\n", lines);
        }
    }
}
