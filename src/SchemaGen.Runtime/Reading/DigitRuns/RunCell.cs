namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>What a cell of a run may hold.</summary>
    public enum RunCellKind
    {
        /// <summary>A whole number, 0 or more.</summary>
        Count,
        /// <summary>A whole number with an optional sign (2019's 本年增/减): +8, -59, 0.</summary>
        SignedCount,
        /// <summary>A non-negative amount with up to <see cref="RunCell.Scale"/> decimals (收费金额 in 万元).</summary>
        Amount,
    }

    /// <summary>
    /// One cell that a run of digits fills, in the order the cells stand in the row. Bounds are optional and
    /// only ever remove readings: a reader that knows the report's scale (no cell of table 三 exceeds the
    /// applications received) passes it as <see cref="MaxValue"/>.
    /// </summary>
    public sealed class RunCell
    {
        public RunCell(string? name, RunCellKind kind, int scale = 0, decimal? maxValue = null, int? maxDigits = null)
        {
            Name = name ?? "";
            Kind = kind;
            Scale = kind == RunCellKind.Amount ? scale : 0;
            MaxValue = maxValue;
            MaxDigits = maxDigits;
        }

        public static RunCell Count(string? name = null, decimal? maxValue = null, int? maxDigits = null)
            => new RunCell(name, RunCellKind.Count, 0, maxValue, maxDigits);

        public static RunCell SignedCount(string? name = null, decimal? maxValue = null, int? maxDigits = null)
            => new RunCell(name, RunCellKind.SignedCount, 0, maxValue, maxDigits);

        public static RunCell Amount(string? name, int scale, decimal? maxValue = null, int? maxDigits = null)
            => new RunCell(name, RunCellKind.Amount, scale, maxValue, maxDigits);

        /// <summary>For diagnostics: the column's label or id.</summary>
        public string Name { get; }
        public RunCellKind Kind { get; }
        /// <summary>The most decimals an <see cref="RunCellKind.Amount"/> may have (0 to <see cref="RunShape.MaxScale"/>).</summary>
        public int Scale { get; }
        /// <summary>The largest magnitude the cell may hold, when known.</summary>
        public decimal? MaxValue { get; }
        /// <summary>The most digits of the whole part, when known.</summary>
        public int? MaxDigits { get; }

        public RunCell WithMaxValue(decimal? maxValue) => new RunCell(Name, Kind, Scale, maxValue, MaxDigits);

        public override string ToString() => Name.Length > 0 ? Name : Kind.ToString();
    }
}
