using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Prose;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Runtime.Validation
{
    /// <summary>
    /// Collects findings while a generated validator evaluates its rule instances. The validator reads each table's
    /// figures by direct member access and passes them with the table's checks, written out as data by the generator
    /// (<see cref="TableChecks"/>: each cell's address, kind and scale, each rule instance's cells by index), so nothing
    /// is looked up by name here. Not-assessable instances are gathered per rule and reported once, as one warning
    /// naming the blank totals, instead of one per cell.
    /// </summary>
    public sealed class ValidationBuilder
    {
        private readonly List<ValidationFinding> _findings = new();
        private readonly List<(InvariantDescriptor Invariant, List<CellAddress> Cells)> _blankTotals = new();
        private readonly List<(InvariantDescriptor Invariant, List<string> Instances)> _unreadInstances = new();
        private readonly List<(CellMarks Marks, IReadOnlyList<CellAddress> Cells)> _tables = new();
        private readonly List<ProseFigure> _proseSourced = new();

        /// <summary>
        /// Takes a table's marks (<see cref="CellMarks"/>) into account: its imputed totals get one warning (SG3030), and a
        /// broken rule instance on a cell the reader could not read is not assessable (SG3031) rather than broken.
        /// <paramref name="cells"/> are the table's cell addresses, which the findings name.
        /// </summary>
        public void UseMarks(CellMarks marks, IReadOnlyList<CellAddress> cells) => _tables.Add((marks, cells));

        /// <summary>Evaluates one instance of a rule (the rule checked for one row or one column).</summary>
        public void Check(InvariantDescriptor invariant, Operand[] left, decimal leftConstant, Operand[] right, decimal rightConstant, Comparison op)
            => Record(invariant, left, right, op, InvariantEvaluator.Evaluate(invariant.Kind, op, left, leftConstant, right, rightConstant));

        /// <summary>What an instance that does not hold leaves: a finding, or its blank totals (one that holds or states nothing, nothing).</summary>
        private void Record(InvariantDescriptor invariant, Operand[] left, Operand[] right, Comparison op, Evaluation result)
        {
            switch (result.Assessment)
            {
                case Assessment.Broken:
                    if (left.Concat(right).Any(o => IsUnread(o.Cell)))
                        InstancesOf(_unreadInstances, invariant).Add(Violation(invariant, left, right, op, result).Message);
                    else
                        _findings.Add(Violation(invariant, left, right, op, result));
                    break;
                case Assessment.NotAssessable:
                    List<CellAddress> blanks = BlankTotalsOf(invariant);
                    foreach (Operand o in left.Concat(right).Where(o => o.IsDerived && !o.Value.HasValue))
                        if (!blanks.Contains(o.Cell)) blanks.Add(o.Cell);
                    break;
            }
        }

        /// <summary>
        /// Checks one table: each stated figure against its cell's kind, then every rule instance, in the order of
        /// <paramref name="checks"/>. <paramref name="values"/> are the table's figures in the order of its cells, read
        /// only during the call (what is recorded is copied): the caller may fill the same array for its next report, as
        /// generated validators do.
        /// </summary>
        public void CheckTable(TableChecks checks, decimal?[] values)
        {
            if (checks is null) throw new ArgumentNullException(nameof(checks));
            CellAddress[] cells = checks.CellArray;
            if (values is null || values.Length != cells.Length)
                throw new ArgumentException($"{values?.Length ?? 0} figures for {cells.Length} cells", nameof(values));
            for (int i = 0; i < values.Length; i++)
            {
                CellCheck cell = checks.CellCheckArray[i];
                CheckCell(cells[i], cell.ColumnLabel, cell.Kind, cell.Scale, values[i]);
            }
            foreach (RuleCheck rule in checks.RuleArray)
            {
                // Judged on the figures in place; the operands, which name their cells, are made only for what is recorded.
                Evaluation result = InvariantEvaluator.Evaluate(rule.Invariant.Kind, rule.Comparison,
                    new RuleSide(rule.LeftArray, values), rule.LeftConstant, new RuleSide(rule.RightArray, values), rule.RightConstant);
                if (result.Assessment is Assessment.Holds or Assessment.NothingStated) continue;
                Operand[] left = Operands(ref _leftOperands, cells, rule.LeftArray, values);
                Operand[] right = Operands(ref _rightOperands, cells, rule.RightArray, values);
                Record(rule.Invariant, left, right, rule.Comparison, result);
            }
        }

        /// <summary>A rule's cells on one side, over the table's figures.</summary>
        private readonly struct RuleSide : IOperandSide
        {
            private readonly RuleCell[] _cells;
            private readonly decimal?[] _values;

            public RuleSide(RuleCell[] cells, decimal?[] values)
            {
                _cells = cells;
                _values = values;
            }

            public int Count => _cells.Length;
            public decimal? ValueAt(int i) => _values[_cells[i].Index];
            public int SignAt(int i) => _cells[i].Sign;
            public bool IsDerivedAt(int i) => _cells[i].IsDerived;
        }

        // One buffer per side and length, filled afresh for each rule instance: Check keeps no operand array (a finding
        // copies the cells it names), and a table has hundreds of instances. Kept per thread, for every report it validates.
        [ThreadStatic] private static Operand[]?[]? _leftOperands;
        [ThreadStatic] private static Operand[]?[]? _rightOperands;

        private static Operand[] Operands(ref Operand[]?[]? buffers, CellAddress[] cells, RuleCell[] side, decimal?[] values)
        {
            buffers ??= new Operand[]?[8];
            if (side.Length >= buffers.Length) Array.Resize(ref buffers, side.Length * 2);
            Operand[] operands = buffers[side.Length] ??= new Operand[side.Length];
            for (int i = 0; i < side.Length; i++)
                operands[i] = new Operand(cells[side[i].Index], values[side[i].Index], side[i].Sign, side[i].IsDerived);
            return operands;
        }

        /// <summary>
        /// Checks a stated value against its cell's kind. <paramref name="columnLabel"/> is the column's own label, which
        /// the finding prints (the address carries the label under its groups).
        /// </summary>
        public void CheckCell(CellAddress cell, string columnLabel, CellKind kind, int scale, decimal? value)
        {
            if (!value.HasValue) return;
            string? problem = InvariantEvaluator.CheckKind(kind, scale, value.Value);
            if (problem is null) return;
            var address = new CellAddress(cell.Table, cell.Row, cell.Column, cell.RowLabel, columnLabel);
            _findings.Add(new ValidationFinding("cell-kind", FindingKind.InvalidValue, FindingSeverity.Error, cell.Table, cell.Row, cell.RowLabel, cell.Column, columnLabel,
                null, value, $"{problem} ({cell.RowLabel} × {columnLabel} holds {ValidationFinding.Format(value)})", new[] { address }));
        }

        /// <summary>
        /// Compares what the prose says of a figure with the table: <paramref name="tableValue"/> is the sum of the figure's
        /// cells (null when every one is blank). A disagreement is one warning (SG3040) naming the sentence and the cells;
        /// a figure whose cells are all blank is kept as prose-sourced, for <see cref="CheckProseSourced"/>.
        /// </summary>
        public void CheckProse(ProseDescriptor prose, ProseFigures? figures, decimal? tableValue, CellAddress[] cells)
        {
            if (figures is null) return;
            // By index over all of them, not Of(id): a list and a boxed enumerator per phrase of every report.
            for (int i = 0; i < figures.Count; i++)
            {
                ProseFigure figure = figures[i];
                if (figure.Id != prose.Id) continue;
                if (tableValue is null) { _proseSourced.Add(figure); continue; }
                if (figure.Value == tableValue.Value) continue;
                CellAddress subject = cells[0];
                string names = string.Join(" + ", cells.Select(c => $"{c.RowLabel} × {c.ColumnLabel}"));
                _findings.Add(new ValidationFinding(ReadDiagnosticIds.ProseDisagrees, FindingKind.ProseDisagrees, FindingSeverity.Warning, prose.TableId,
                    subject.Row, subject.RowLabel, subject.Column, subject.ColumnLabel, tableValue, figure.Value,
                    $"the prose says {prose.Label} is {ValidationFinding.Format(figure.Value)} where the table gives {ValidationFinding.Format(tableValue)} ({names}): {figure.Quoted}",
                    cells) { Prose = new[] { figure } });
            }
        }

        /// <summary>
        /// Reports the prose-sourced figures of each table once (SG3041, a note listing them), checked against each other
        /// as far as they allow (<see cref="ProseConsistency"/>); a check they fail is a warning (SG3040).
        /// </summary>
        public void CheckProseSourced(SchemaDescriptor schema)
        {
            foreach (var group in _proseSourced.GroupBy(f => f.Table))
            {
                TableDescriptor? table = schema.Tables.FirstOrDefault(t => t.Id == group.Key);
                if (table is null) continue;
                var figures = group.ToList();
                IReadOnlyList<ProseCheck> checks = ProseConsistency.Check(schema, table, figures);
                foreach (ProseCheck broken in checks.Where(c => !c.Holds))
                    _findings.Add(new ValidationFinding(ReadDiagnosticIds.ProseDisagrees, FindingKind.ProseDisagrees, FindingSeverity.Warning, table.Id,
                        null, null, null, null, broken.Right, broken.Left, $"figures taken from the prose disagree with each other: {broken.Text}", Array.Empty<CellAddress>())
                    { Prose = figures, ProseChecks = new[] { broken } });
                // Each figure with its value, then each sentence they stand in once (one sentence often states them all).
                string listed = string.Join(", ", figures.Select(f => $"{f.Label} {ValidationFinding.Format(f.Value)}"))
                    + " from " + string.Join(" and ", figures.Select(f => f.Quoted).Distinct());
                string held = checks.Any(c => c.Holds) ? "; checked: " + string.Join("; ", checks.Where(c => c.Holds).Select(c => c.Text)) : "; nothing to check them against";
                _findings.Add(new ValidationFinding(ReadDiagnosticIds.ProseSourcedFigures, FindingKind.ProseSourced, FindingSeverity.Info, table.Id,
                    null, null, null, null, null, null, $"the table gives no figure, the prose gives {figures.Count}: {listed}{held}", Array.Empty<CellAddress>())
                { Prose = figures, ProseChecks = checks });
            }
            _proseSourced.Clear();
        }

        public ValidationResult Build()
        {
            var findings = new List<ValidationFinding>(_findings);
            foreach (var (invariant, cells) in _blankTotals)
            {
                string names = string.Join("; ", cells.Select(c => $"{c.RowLabel} × {c.ColumnLabel}"));
                findings.Add(new ValidationFinding(invariant.Id, FindingKind.NotAssessable, FindingSeverity.Warning, invariant.TableId, null, null, null, null, null, null,
                    $"not assessable where totals are blank ({cells.Count}): {names} — {invariant.Message}", cells.ToArray()));
            }
            foreach (var (invariant, instances) in _unreadInstances)
                findings.Add(new ValidationFinding(ReadDiagnosticIds.UnreadCellsNotAssessable, FindingKind.NotAssessable, FindingSeverity.Warning, invariant.TableId,
                    null, null, null, null, null, null,
                    $"{invariant.Id} not assessable where cells were not read ({instances.Count}): {string.Join("; ", instances)}", Array.Empty<CellAddress>()));
            foreach (var (marks, cells) in _tables)
            {
                if (marks.Imputed.Count == 0) continue;
                var imputed = ImputedCells(marks, cells);
                if (imputed.Length == 0) continue;
                string names = string.Join("; ", imputed.Select(p => $"{p.Cell.RowLabel} × {p.Cell.ColumnLabel} = {ValidationFinding.Format(p.Value)}"));
                findings.Add(new ValidationFinding(ReadDiagnosticIds.BlankTotalsImputed, FindingKind.Imputed, FindingSeverity.Warning, imputed[0].Cell.Table,
                    null, null, null, null, null, null,
                    $"blank totals computed from their stated parts ({imputed.Length}), a format defect; the rules were checked on them: {names}",
                    imputed.Select(p => p.Cell).ToArray())
                { Imputed = imputed.Select(p => new ImputedFigure(p.Cell, p.Value)).ToArray() });
            }
            return new ValidationResult(findings);
        }

        // A method of its own: the lambdas capture the table's cells, and their closure, made where the captured variable is
        // declared, was made for every table of every report, imputed cells or none.
        private static (CellAddress Cell, decimal Value)[] ImputedCells(CellMarks marks, IReadOnlyList<CellAddress> cells)
            => marks.Imputed
                .Select(c => (Cell: cells.FirstOrDefault(a => a.Row == c.Row && a.Column == c.Column), c.Value))
                .Where(p => p.Cell.Table is not null)
                .ToArray();

        private bool IsUnread(CellAddress cell)
        {
            foreach (var (marks, cells) in _tables)
                if (marks.Unread.Count > 0 && cells.Count > 0 && cells[0].Table == cell.Table && marks.IsUnread(cell.Row, cell.Column)) return true;
            return false;
        }

        private static List<string> InstancesOf(List<(InvariantDescriptor Invariant, List<string> Instances)> list, InvariantDescriptor invariant)
        {
            foreach (var entry in list)
                if (ReferenceEquals(entry.Invariant, invariant)) return entry.Instances;
            var instances = new List<string>();
            list.Add((invariant, instances));
            return instances;
        }

        private List<CellAddress> BlankTotalsOf(InvariantDescriptor invariant)
        {
            foreach (var entry in _blankTotals)
                if (ReferenceEquals(entry.Invariant, invariant)) return entry.Cells;
            var cells = new List<CellAddress>();
            _blankTotals.Add((invariant, cells));
            return cells;
        }

        private static ValidationFinding Violation(InvariantDescriptor invariant, Operand[] left, Operand[] right, Comparison op, Evaluation result)
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
