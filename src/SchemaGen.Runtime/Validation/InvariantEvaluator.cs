using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Validation
{
    /// <summary>One cell in a rule instance: its value (null = not stated), its sign in the sum, and whether a total rule derives it.</summary>
    public readonly record struct Operand(CellAddress Cell, decimal? Value, int Sign, bool IsDerived);

    public enum Assessment
    {
        /// <summary>The rule holds.</summary>
        Holds,
        /// <summary>The rule is broken.</summary>
        Broken,
        /// <summary>A total the rule needs is not stated, while some other figure is.</summary>
        NotAssessable,
        /// <summary>Nothing the rule names is stated, or a total rule's parts are all blank: there is nothing to check.</summary>
        NothingStated,
    }

    public readonly record struct Evaluation(Assessment Assessment, decimal Left, decimal Right);

    /// <summary>
    /// One side of a rule instance as the evaluator reads it, operand by operand: an array of <see cref="Operand"/>s, or a
    /// rule's cells over a table's figures, read in place (a table's hundreds of instances need no operands made to be judged).
    /// </summary>
    internal interface IOperandSide
    {
        int Count { get; }
        decimal? ValueAt(int i);
        int SignAt(int i);
        bool IsDerivedAt(int i);
    }

    /// <summary>
    /// The one place that says what a rule instance means when cells are blank — the reading XBRL calculation
    /// checks use for missing facts: a part that is not stated counts as 0; an instance whose total (a derived
    /// cell) is not stated is not assessable; a total rule whose parts are all blank is not bound (XBRL 2.1 checks a
    /// summation only when the total and at least one part are present); an instance with nothing stated is not checked. The generated
    /// validators, the analyzers and the CLI all evaluate through here.
    /// </summary>
    public static class InvariantEvaluator
    {
        /// <summary>
        /// Evaluates one rule instance. Which blanks make it not assessable depends on the rule's kind: for a total rule
        /// only its own total (the left cell) does, since every cell on the right is a part — even one that another rule
        /// derives (a blank 总计 of an all-blank row adds as 0). For an equation or a bound, any blank derived cell does.
        /// </summary>
        public static Evaluation Evaluate(InvariantKind kind, Comparison op, IReadOnlyList<Operand> left, decimal leftConstant, IReadOnlyList<Operand> right, decimal rightConstant)
            => Evaluate(kind, op, ArrayOf(left), leftConstant, ArrayOf(right), rightConstant);

        // Loops over a side read by index rather than LINQ or the list interface (which copies each operand out): the
        // generated validators evaluate every rule instance of every report through here.
        private static Evaluation Evaluate(InvariantKind kind, Comparison op, Operand[] left, decimal leftConstant, Operand[] right, decimal rightConstant)
            => Evaluate(kind, op, new OperandArray(left), leftConstant, new OperandArray(right), rightConstant);

        /// <summary><see cref="Evaluate(InvariantKind, Comparison, IReadOnlyList{Operand}, decimal, IReadOnlyList{Operand}, decimal)"/> over sides read in place.</summary>
        internal static Evaluation Evaluate<TLeft, TRight>(InvariantKind kind, Comparison op, TLeft left, decimal leftConstant, TRight right, decimal rightConstant)
            where TLeft : struct, IOperandSide
            where TRight : struct, IOperandSide
        {
            bool anyStated = AnyStated(left) || AnyStated(right);
            if (!anyStated) return new Evaluation(Assessment.NothingStated, leftConstant, rightConstant);
            // XBRL calculation binding: a total whose parts are all blank binds nothing, so there is nothing to check.
            if (kind == InvariantKind.Total && right.Count > 0 && !AnyStated(right))
                return new Evaluation(Assessment.NothingStated, leftConstant, rightConstant);
            if (AnyBlankDerived(left) || (kind != InvariantKind.Total && AnyBlankDerived(right)))
                return new Evaluation(Assessment.NotAssessable, 0m, 0m);
            decimal l = leftConstant + Sum(left);
            decimal r = rightConstant + Sum(right);
            return new Evaluation(Compare(op, l, r) ? Assessment.Holds : Assessment.Broken, l, r);
        }

        private static Operand[] ArrayOf(IReadOnlyList<Operand> operands)
        {
            if (operands is Operand[] array) return array;
            var copy = new Operand[operands.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = operands[i];
            return copy;
        }

        private static bool AnyStated<TSide>(TSide side) where TSide : struct, IOperandSide
        {
            for (int i = 0; i < side.Count; i++)
                if (side.ValueAt(i).HasValue) return true;
            return false;
        }

        private static bool AnyBlankDerived<TSide>(TSide side) where TSide : struct, IOperandSide
        {
            for (int i = 0; i < side.Count; i++)
                if (side.IsDerivedAt(i) && !side.ValueAt(i).HasValue) return true;
            return false;
        }

        private static decimal Sum<TSide>(TSide side) where TSide : struct, IOperandSide
        {
            decimal sum = 0m;
            for (int i = 0; i < side.Count; i++)
                if (side.ValueAt(i) is decimal value) sum = CellMath.AddTerm(sum, side.SignAt(i), value); // a blank adds 0
            return sum;
        }

        private readonly struct OperandArray : IOperandSide
        {
            private readonly Operand[] _operands;

            public OperandArray(Operand[] operands) => _operands = operands;

            public int Count => _operands.Length;
            public decimal? ValueAt(int i) => _operands[i].Value;
            public int SignAt(int i) => _operands[i].Sign;
            public bool IsDerivedAt(int i) => _operands[i].IsDerived;
        }

        public static bool Compare(Comparison op, decimal left, decimal right) => op switch
        {
            Comparison.Equal => left == right,
            Comparison.LessOrEqual => left <= right,
            Comparison.GreaterOrEqual => left >= right,
            Comparison.Less => left < right,
            _ => left > right,
        };

        public static string Symbol(Comparison op) => op switch
        {
            Comparison.Equal => "=",
            Comparison.LessOrEqual => "≤",
            Comparison.GreaterOrEqual => "≥",
            Comparison.Less => "<",
            _ => ">",
        };

        /// <summary>Whether a value fits a cell kind: counts are whole and (unless signed) non-negative; amounts are non-negative with at most <paramref name="scale"/> decimals.</summary>
        public static string? CheckKind(CellKind kind, int scale, decimal value)
        {
            switch (kind)
            {
                case CellKind.Count:
                    if (value != decimal.Truncate(value)) return "a count must be a whole number";
                    if (value < 0) return "a count cannot be negative";
                    return null;
                case CellKind.SignedCount:
                    return value != decimal.Truncate(value) ? "a count must be a whole number" : null;
                default:
                    if (value < 0) return "an amount cannot be negative";
                    return DecimalPlaces(value) > scale ? $"an amount allows at most {scale} decimal places" : null;
            }
        }

        public static int DecimalPlaces(decimal value)
        {
            value = value / 1.000000000000000000000000000000000m; // strip trailing zeros
            return (decimal.GetBits(value)[3] >> 16) & 0xFF;
        }
    }
}
