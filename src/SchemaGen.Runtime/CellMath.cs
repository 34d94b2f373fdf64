namespace SchemaGen.Runtime
{
    /// <summary>Arithmetic on cells that may be blank ("not stated"): blanks add as 0, and a sum of only blanks stays blank.</summary>
    public static class CellMath
    {
        public static int? Sum(params int?[] parts)
        {
            int? total = null;
            foreach (int? part in parts)
                if (part.HasValue) total = (total ?? 0) + part.Value;
            return total;
        }

        public static decimal? Sum(params decimal?[] parts)
        {
            decimal? total = null;
            foreach (decimal? part in parts)
                if (part.HasValue) total = (total ?? 0m) + part.Value;
            return total;
        }

        // The sums of one to three parts that generated code writes most (the prose checks' figures, every report): the
        // compiler picks these over the params form, which made an array per call. The same additions, in the same order.
        public static decimal? Sum(decimal? part) => Add(null, part);

        public static decimal? Sum(decimal? first, decimal? second) => Add(Add(null, first), second);

        public static decimal? Sum(decimal? first, decimal? second, decimal? third) => Add(Add(Add(null, first), second), third);

        private static decimal? Add(decimal? total, decimal? part) => part.HasValue ? (total ?? 0m) + part.Value : total;

        /// <summary>
        /// <paramref name="sum"/> plus <paramref name="coefficient"/> × <paramref name="value"/>, the ±1 of nearly every term
        /// of a rule as an addition or a subtraction: the same decimal to the bit (scale and sign included), and a product
        /// costs several sums in the searches and checks that add rule sides up.
        /// </summary>
        internal static decimal AddTerm(decimal sum, int coefficient, decimal value)
            => coefficient == 1 ? sum + value : coefficient == -1 ? sum - value : sum + coefficient * value;

        public static int? Negate(int? value) => -value;

        public static decimal? Negate(decimal? value) => -value;

        /// <summary>A value for a whole-number cell; a fractional or out-of-range value is refused.</summary>
        public static int? ToCount(decimal? value)
        {
            if (value is null) return null;
            if (value.Value != decimal.Truncate(value.Value) || value.Value > int.MaxValue || value.Value < int.MinValue)
                throw new System.ArgumentException($"{value.Value} is not a whole number that fits a count cell", nameof(value));
            return (int)value.Value;
        }
    }
}
