using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Validation
{
    /// <summary>
    /// Collects findings while a generated validator walks its invariants. Not-assessable instances are
    /// gathered per rule and reported once, as one warning naming the blank totals, instead of one per cell.
    /// </summary>
    public sealed class ValidationBuilder
    {
        private readonly SchemaDescriptor _schema;
        private readonly List<ValidationFinding> _findings = new();
        private readonly Dictionary<string, List<CellAddress>> _blankTotals = new();

        public ValidationBuilder(SchemaDescriptor schema) => _schema = schema;

        public SchemaDescriptor Schema => _schema;

        /// <summary>Evaluates one instance of a rule (the rule checked for one row or one column).</summary>
        public void Check(string invariantId, string instance, Operand[] left, decimal leftConstant, Operand[] right, decimal rightConstant, Comparison op)
        {
            InvariantDescriptor invariant = _schema.Invariant(invariantId);
            Evaluation result = InvariantEvaluator.Evaluate(invariant.Kind, op, left, leftConstant, right, rightConstant);
            switch (result.Assessment)
            {
                case Assessment.Broken:
                    _findings.Add(Violation(invariant, instance, left, right, op, result));
                    break;
                case Assessment.NotAssessable:
                    if (!_blankTotals.TryGetValue(invariant.Id, out var blanks)) _blankTotals[invariant.Id] = blanks = new List<CellAddress>();
                    foreach (Operand o in left.Concat(right).Where(o => o.IsDerived && !o.Value.HasValue))
                        if (!blanks.Contains(o.Cell)) blanks.Add(o.Cell);
                    break;
            }
        }

        /// <summary>Checks a stated value against its cell's kind.</summary>
        public void CheckCell(string tableId, string rowPath, string columnId, decimal? value)
        {
            if (!value.HasValue) return;
            TableDescriptor table = _schema.Table(tableId);
            AxisNodeDescriptor row = table.FindRow(rowPath)!;
            AxisNodeDescriptor column = table.FindColumn(columnId)!;
            string? problem = InvariantEvaluator.CheckKind(table.KindOf(row, column), table.ScaleOf(row, column), value.Value);
            if (problem is null) return;
            var cell = new CellAddress(tableId, rowPath, columnId, row.NumberedLabel, column.Label);
            _findings.Add(new ValidationFinding("cell-kind", FindingKind.InvalidValue, FindingSeverity.Error, tableId, rowPath, row.NumberedLabel, columnId, column.Label,
                null, value, $"{problem} ({row.NumberedLabel} × {column.Label} holds {ValidationFinding.Format(value)})", new[] { cell }));
        }

        public ValidationResult Build()
        {
            var findings = new List<ValidationFinding>(_findings);
            foreach (var pair in _blankTotals)
            {
                InvariantDescriptor invariant = _schema.Invariant(pair.Key);
                string cells = string.Join("; ", pair.Value.Select(c => $"{c.RowLabel} × {c.ColumnLabel}"));
                findings.Add(new ValidationFinding(invariant.Id, FindingKind.NotAssessable, FindingSeverity.Warning, invariant.TableId, null, null, null, null, null, null,
                    $"not assessable where totals are blank ({pair.Value.Count}): {cells} — {invariant.Message}", pair.Value.ToArray()));
            }
            return new ValidationResult(findings);
        }

        private static ValidationFinding Violation(InvariantDescriptor invariant, string instance, Operand[] left, Operand[] right, Comparison op, Evaluation result)
        {
            // The finding names the rule's subject cell: the total for a total rule, else the first cell of the instance.
            CellAddress subject = left.Length > 0 ? left[0].Cell : right[0].Cell;
            decimal expected, actual;
            switch (invariant.Kind)
            {
                case InvariantKind.Total:
                    expected = result.Right; actual = result.Left; break;
                case InvariantKind.Equation:
                    expected = result.Left; actual = result.Right; break;
                default:
                    expected = result.Right; actual = result.Left; break;
            }
            string detail = $"{result.Left.ToString(System.Globalization.CultureInfo.InvariantCulture)} {InvariantEvaluator.Symbol(op)} {result.Right.ToString(System.Globalization.CultureInfo.InvariantCulture)} does not hold";
            string axis = invariant.ForEach == RuleAxis.Column ? $"column {subject.ColumnLabel} ({subject.Column})" : $"row {subject.RowLabel} ({subject.Row})";
            return new ValidationFinding(invariant.Id, FindingKind.Violation, invariant.Severity, invariant.TableId,
                subject.Row, subject.RowLabel, subject.Column, subject.ColumnLabel, expected, actual,
                $"{invariant.Message}: in {axis}, {detail}", left.Concat(right).Select(o => o.Cell).ToArray());
        }
    }
}
