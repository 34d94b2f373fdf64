using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Migration
{
    /// <summary>
    /// Collects what a generated converter could not carry over cleanly. The converter names cells by ids only;
    /// the official labels come from the two schema descriptors, so a result reads in the format's own words.
    /// Blank cells ("not stated") are never reported: nothing is lost by not carrying a blank.
    /// </summary>
    public sealed class MigrationBuilder
    {
        private readonly SchemaDescriptor _from;
        private readonly SchemaDescriptor _to;
        private readonly List<NotCarriedOver> _notCarried = new();
        private readonly List<CarriedWithCaveat> _caveats = new();

        public MigrationBuilder(SchemaDescriptor from, SchemaDescriptor to)
        {
            _from = from;
            _to = to;
        }

        /// <summary>Records that a stated figure has no place in the newer format, and why.</summary>
        public void NotCarried(decimal? value, string table, string row, string column, string reason)
        {
            if (value.HasValue)
                _notCarried.Add(new NotCarriedOver(Address(_from, table, row, column), TableLabel(_from, table), value.Value, reason));
        }

        /// <summary>Carries a figure as it is, noting that its new place only approximates its meaning.</summary>
        public int? CarryWithCaveat(int? value, string fromTable, string fromRow, string fromColumn, string toTable, string toRow, string toColumn, string caveat)
        {
            RecordCaveat(value, fromTable, fromRow, fromColumn, toTable, toRow, toColumn, caveat);
            return value;
        }

        /// <inheritdoc cref="CarryWithCaveat(int?, string, string, string, string, string, string, string)"/>
        public decimal? CarryWithCaveat(decimal? value, string fromTable, string fromRow, string fromColumn, string toTable, string toRow, string toColumn, string caveat)
        {
            RecordCaveat(value, fromTable, fromRow, fromColumn, toTable, toRow, toColumn, caveat);
            return value;
        }

        /// <summary>
        /// Carries an amount into a whole-number cell. A fractional (or out-of-range) figure cannot be stored there
        /// without changing it, so it is reported as not carried over and the new cell stays blank.
        /// </summary>
        public int? CarryAsCount(decimal? value, string fromTable, string fromRow, string fromColumn, string toTable, string toRow, string toColumn, string? caveat)
        {
            if (!value.HasValue) return null;
            if (value.Value != decimal.Truncate(value.Value) || value.Value > int.MaxValue || value.Value < int.MinValue)
            {
                NotCarried(value, fromTable, fromRow, fromColumn,
                    $"{value.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number, and {_to.Key}'s cell {toTable}.row:{toRow}.column:{toColumn} holds a count");
                return null;
            }
            if (caveat is not null) RecordCaveat(value, fromTable, fromRow, fromColumn, toTable, toRow, toColumn, caveat);
            return (int)value.Value;
        }

        public MigrationResult<TReport> Build<TReport>(TReport report)
            => new MigrationResult<TReport>(report, _from.Key, _to.Key, _notCarried.ToArray(), _caveats.ToArray());

        private void RecordCaveat(decimal? value, string fromTable, string fromRow, string fromColumn, string toTable, string toRow, string toColumn, string caveat)
        {
            if (value.HasValue)
                _caveats.Add(new CarriedWithCaveat(Address(_from, fromTable, fromRow, fromColumn), Address(_to, toTable, toRow, toColumn), value.Value, caveat));
        }

        private static string TableLabel(SchemaDescriptor schema, string tableId)
            => schema.Tables.FirstOrDefault(t => t.Id == tableId)?.ToString() ?? tableId;

        /// <summary>The cell with its official labels; a column's label carries its groups' (行政诉讼 › 复议后起诉 › 结果维持).</summary>
        private static CellAddress Address(SchemaDescriptor schema, string tableId, string rowPath, string columnId)
        {
            TableDescriptor? table = schema.Tables.FirstOrDefault(t => t.Id == tableId);
            string rowLabel = table?.FindRow(rowPath)?.NumberedLabel ?? rowPath;
            AxisNodeDescriptor? column = table?.FindColumn(columnId);
            string columnLabel = column is null ? columnId : table!.LabelPathOf(column);
            return new CellAddress(tableId, rowPath, columnId, rowLabel, columnLabel);
        }
    }
}
